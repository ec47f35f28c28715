namespace Inkwell.Cli.Generate;

/// <summary>
/// The entity's API shapes (view, request, responses) and its rules: the checks both create and update run, and
/// the mapping between a request, the entity and its view, in one place.
/// </summary>
internal static class RulesTemplate
{
    public static string Rules(EntitySpec entity)
    {
        var e = entity.Name;
        var p = entity.Camel[..1];
        var viewFields = string.Join(", ", entity.Fields.Select(f => $"{f.EntityType} {f.Property}").Prepend("long Id"));
        var inputFields = string.Join(", ", entity.Fields.Select(f => $"{f.InputType} {f.Property}"));
        var projection = string.Join(", ", entity.Fields.Select(f => $"{p}.{f.Property}").Prepend($"{p}.Id"));
        var maxLengths = entity.Fields.Where(f => f.IsString).Select(f => $"public const int {f.Property}MaxLength = {f.MaxLength};");
        return Code.Tidy($$"""
            using System.Linq.Expressions;
            using {{entity.DataNamespace}};
            using Inkwell.Platform.Api;

            namespace {{entity.FeatureNamespace}};

            /// <summary>A {{entity.Noun}} as the API shows it.</summary>
            internal sealed record {{e}}View({{viewFields}});

            internal sealed record {{e}}Response({{e}}View {{e}});

            internal sealed record {{e}}ListResponse(IReadOnlyList<{{e}}View> {{entity.Plural}}, int {{entity.Plural}}Count);

            /// <summary>What a client sends to create or replace a {{entity.Noun}}; a field left out is null.</summary>
            internal sealed record {{e}}Input({{inputFields}});

            internal sealed record {{e}}Request({{e}}Input? {{e}});

            internal static class {{e}}Rules
            {
                {{Code.Lines(maxLengths, 4)}}

                /// <summary>The view as a query projection, so lists read only the columns they show.</summary>
                public static readonly Expression<Func<{{e}}, {{e}}View>> ToView = {{p}} => new {{e}}View({{projection}});

                private static readonly Func<{{e}}, {{e}}View> View = ToView.Compile();

                public static {{e}}View ViewOf({{e}} {{entity.Camel}}) => View({{entity.Camel}});

                public static ValidationErrors Check({{e}}Input input)
                {
                    var errors = new ValidationErrors();
                    {{Code.Lines(entity.Fields.Select(Check).Where(check => check.Length > 0), 8)}}
                    return errors;
                }

                public static {{e}} New({{e}}Input input) => new()
                {
                    {{Code.Lines(entity.Fields.Select(f => $"{f.Property} = {ValueOf(f)},"), 8)}}
                };

                public static void Apply({{e}}Input input, {{e}} {{entity.Camel}})
                {
                    {{Code.Lines(entity.Fields.Select(f => $"{entity.Camel}.{f.Property} = {ValueOf(f)};"), 8)}}
                }
            }
            """);
    }

    private static string Check(FieldSpec field) => field switch
    {
        { IsString: true, Required: true } => $"errors.Required(\"{field.Name}\", input.{field.Property}, {field.Property}MaxLength);",
        { IsString: true } => $"errors.MaxLength(\"{field.Name}\", input.{field.Property}, {field.Property}MaxLength);",
        { Required: true } => $"if (input.{field.Property} is null)\n{{\n    errors.Add(\"{field.Name}\", \"can't be blank\");\n}}\n",
        _ => string.Empty,
    };

    private static string ValueOf(FieldSpec field) => field switch
    {
        { IsString: true, Required: true } => $"input.{field.Property}!.Trim()",
        { IsString: true, Nullable: true } => $"input.{field.Property}?.Trim()",
        { IsString: true } => $"input.{field.Property}?.Trim() ?? string.Empty",
        { Required: true } => $"input.{field.Property}!.Value",
        { Nullable: true } => $"input.{field.Property}",
        _ => $"input.{field.Property} ?? default",
    };
}
