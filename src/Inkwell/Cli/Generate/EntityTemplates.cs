namespace Inkwell.Cli.Generate;

/// <summary>The entity class and its EF Core configuration, both in the module's Data folder.</summary>
internal static class EntityTemplates
{
    public static string Entity(EntitySpec entity) => Code.Tidy($$"""
        namespace {{entity.DataNamespace}};

        internal sealed class {{entity.Name}}
        {
            public long Id { get; set; }

            {{Code.Lines(entity.Fields.Select(Property), 4)}}
        }
        """);

    public static string Configuration(EntitySpec entity)
    {
        var v = entity.Camel;
        var p = entity.Camel[..1];
        var settings = entity.Fields.Select(field => field.Kind switch
        {
            FieldKind.String => $"{v}.Property({p} => {p}.{field.Property}).HasMaxLength({entity.Name}Rules.{field.Property}MaxLength);",
            FieldKind.Decimal => $"{v}.Property({p} => {p}.{field.Property}).HasPrecision(18, 2);",
            _ => string.Empty,
        }).Where(line => line.Length > 0);
        var usings = entity.Fields.Any(f => f.IsString) ? $"using {entity.FeatureNamespace};" : string.Empty;
        return Code.Tidy($$"""
            {{usings}}
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;

            namespace {{entity.DataNamespace}};

            internal sealed class {{entity.Name}}Configuration : IEntityTypeConfiguration<{{entity.Name}}>
            {
                public void Configure(EntityTypeBuilder<{{entity.Name}}> {{v}})
                {
                    {{v}}.ToTable("{{entity.Table}}");
                    {{Code.Lines(settings, 8)}}
                }
            }
            """).TrimStart('\n');
    }

    private static string Property(FieldSpec field) => (field is { IsString: true, Nullable: false }
        ? $"public required string {field.Property} {{ get; set; }}"
        : $"public {field.EntityType} {field.Property} {{ get; set; }}") + "\n";
}
