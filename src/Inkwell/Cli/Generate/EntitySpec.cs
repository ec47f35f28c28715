using System.Text;
using System.Text.RegularExpressions;

namespace Inkwell.Cli.Generate;

/// <summary>What to generate: an entity of a module, its fields, and the names derived from them.</summary>
internal sealed partial record EntitySpec(string Name, ModuleLayout Module, IReadOnlyList<FieldSpec> Fields, DateTime CreatedAt)
{
    public static string CheckName(string name) => EntityName().IsMatch(name)
        ? name
        : throw new GeneratorException($"entity name '{name}' must be PascalCase: a capital letter, then letters and digits (e.g. Product).");

    /// <summary><c>Product</c> → <c>Products</c>, <c>Category</c> → <c>Categories</c>, <c>Box</c> → <c>Boxes</c>.</summary>
    public string Plural => Name switch
    {
        _ when Name.EndsWith('y') && Name.Length > 1 && !"aeiou".Contains(Name[^2], StringComparison.Ordinal) => Name[..^1] + "ies",
        _ when Name.EndsWith('s') || Name.EndsWith('x') || Name.EndsWith('z') || Name.EndsWith("ch", StringComparison.Ordinal)
            || Name.EndsWith("sh", StringComparison.Ordinal) => Name + "es",
        _ => Name + "s",
    };

    /// <summary>camelCase, for JSON envelopes and variables: <c>blogPost</c>.</summary>
    public string Camel => char.ToLowerInvariant(Name[0]) + Name[1..];

    /// <summary>The entity in a sentence: <c>BlogPost</c> → <c>blog post</c>.</summary>
    public string Noun => Words(Name, ' ');

    public string CamelPlural => char.ToLowerInvariant(Plural[0]) + Plural[1..];

    /// <summary>The URL segment: <c>BlogPost</c> → <c>blog-posts</c>.</summary>
    public string Route => Words(Plural, '-');

    /// <summary>Where the endpoints are: <c>/api/blog-posts</c>.</summary>
    public string ApiPath => $"/api/{Route}";

    /// <summary>The table, prefixed with the module like its others: <c>content_blog_posts</c>.</summary>
    public string Table => $"{Module.Prefix}_{Words(Plural, '_')}";

    /// <summary>The namespace of the use cases: a folder named after the plural, as Articles and Comments are.</summary>
    public string FeatureNamespace => $"{Module.RootNamespace}.{Plural}";

    public string DataNamespace => $"{Module.RootNamespace}.Data";

    public string MigrationId => $"{CreatedAt:yyyyMMddHHmmss}_Add{Plural}";

    public string MigrationName => $"Add{Plural}";

    private static string Words(string pascal, char separator)
    {
        var words = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(separator);
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,63}$")]
    private static partial Regex EntityName();
}
