using System.Globalization;
using System.Text.RegularExpressions;

namespace Inkwell.Cli.Generate;

/// <summary>The kinds of field the generator knows, with their C# type.</summary>
internal enum FieldKind
{
    String,
    Int,
    Long,
    Decimal,
    Bool,
    DateTime,
    Guid,
}

/// <summary>
/// One field of a generated entity, parsed from <c>name:type[?][:required]</c>: <c>title:string(120):required</c>,
/// <c>price:decimal</c>, <c>publishedAt:datetime?</c>. A trailing <c>?</c> makes the column nullable; <c>required</c>
/// makes the API refuse a request without it. Text is at most <see cref="DefaultMaxLength"/> characters unless given.
/// </summary>
internal sealed partial record FieldSpec(string Name, FieldKind Kind, bool Nullable, bool Required, int MaxLength)
{
    public const int DefaultMaxLength = 200;
    private const int LargestMaxLength = 10_000;

    /// <summary>The property name: <c>publishedAt</c> becomes <c>PublishedAt</c>.</summary>
    public string Property => char.ToUpperInvariant(Name[0]) + Name[1..];

    public bool IsString => Kind == FieldKind.String;

    public string ClrType => Kind switch
    {
        FieldKind.String => "string",
        FieldKind.Int => "int",
        FieldKind.Long => "long",
        FieldKind.Decimal => "decimal",
        FieldKind.Bool => "bool",
        FieldKind.DateTime => "DateTime",
        FieldKind.Guid => "Guid",
        _ => throw new InvalidOperationException($"No type for {Kind}."),
    };

    /// <summary>The type on the entity: nullable only when the column is.</summary>
    public string EntityType => Nullable ? ClrType + "?" : ClrType;

    /// <summary>The type in a request: always nullable, so a missing value can be told from a given one.</summary>
    public string InputType => ClrType + "?";

    /// <summary>Parses <c>name:string:required,price:decimal,publishedAt:datetime?</c>; throws <see cref="GeneratorException"/>.</summary>
    public static IReadOnlyList<FieldSpec> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new GeneratorException("--fields needs at least one field, e.g. --fields \"name:string:required,price:decimal\".");
        }

        var fields = text.Split(',', StringSplitOptions.TrimEntries).Select(Parse).ToList();
        var repeated = fields.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new GeneratorException($"field '{repeated.Key}' is given more than once.");
        }

        return fields;
    }

    public static FieldSpec Parse(string text)
    {
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0))
        {
            throw new GeneratorException($"field '{text}' is not name:type or name:type:required.");
        }

        var name = parts[0];
        if (!FieldName().IsMatch(name))
        {
            throw new GeneratorException($"field name '{name}' must start with a lower-case letter and hold only letters and digits (camelCase).");
        }

        if (name is "id")
        {
            throw new GeneratorException("field 'id' is the key every generated entity already has.");
        }

        if (name is "limit" or "offset" or "sort")
        {
            throw new GeneratorException($"field '{name}' would clash with the list's query parameter of that name.");
        }

        var required = parts.Length == 3 && parts[2] == "required";
        if (parts.Length == 3 && !required)
        {
            throw new GeneratorException($"field '{name}': '{parts[2]}' is not an option; the only one is 'required'.");
        }

        var type = TypeSpec().Match(parts[1]);
        if (!type.Success)
        {
            throw new GeneratorException($"field '{name}': type '{parts[1]}' is not one of string, string(N), int, long, decimal, bool, datetime, guid (add ? for an optional column).");
        }

        var kind = type.Groups["type"].Value switch
        {
            "string" => FieldKind.String,
            "int" => FieldKind.Int,
            "long" => FieldKind.Long,
            "decimal" => FieldKind.Decimal,
            "bool" => FieldKind.Bool,
            "datetime" => FieldKind.DateTime,
            _ => FieldKind.Guid,
        };
        var nullable = type.Groups["nullable"].Success;
        if (nullable && required)
        {
            throw new GeneratorException($"field '{name}' cannot be both optional (?) and required.");
        }

        var maxLength = DefaultMaxLength;
        if (type.Groups["length"].Success)
        {
            if (kind != FieldKind.String)
            {
                throw new GeneratorException($"field '{name}': only text has a length.");
            }

            maxLength = int.Parse(type.Groups["length"].Value, CultureInfo.InvariantCulture);
            if (maxLength is < 1 or > LargestMaxLength)
            {
                throw new GeneratorException($"field '{name}': the length must be between 1 and {LargestMaxLength}.");
            }
        }

        return new FieldSpec(name, kind, nullable, required, maxLength);
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"^(?<type>string|int|long|decimal|bool|datetime|guid)(\((?<length>[0-9]{1,5})\))?(?<nullable>\?)?$")]
    private static partial Regex TypeSpec();
}
