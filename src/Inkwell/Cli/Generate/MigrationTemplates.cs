namespace Inkwell.Cli.Generate;

/// <summary>
/// The migration that creates the entity's table, per engine, and the entity's entry in each engine's model snapshot, written
/// as <c>dotnet ef migrations add</c> writes them, so the next migration made with the tool starts from the right model.
/// </summary>
internal static class MigrationTemplates
{
    public static string Migration(EntitySpec entity, MigrationProvider provider)
    {
        var sqlite = provider == MigrationProvider.Sqlite;
        var idAnnotation = sqlite
            ? ".Annotation(\"Sqlite:Autoincrement\", true)"
            : ".Annotation(\"Npgsql:ValueGenerationStrategy\", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)";
        var columns = entity.Fields.Select(f =>
            $"{f.Property} = table.Column<{f.ClrType}>(type: \"{ColumnType(f, provider)}\"{Facets(f)}, nullable: {(f.Nullable ? "true" : "false")}),");
        return Code.Tidy($$"""
            using System;
            using {{entity.DataNamespace}};
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;
            {{(sqlite ? string.Empty : "using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;")}}

            #nullable disable

            namespace Inkwell.Migrations.{{provider}}.{{entity.Module.Name}}
            {
                /// <inheritdoc />
                [DbContext(typeof({{entity.Module.DbContextName}}))]
                [Migration("{{entity.MigrationId}}")]
                public partial class {{entity.MigrationName}} : Migration
                {
                    /// <inheritdoc />
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.CreateTable(
                            name: "{{entity.Table}}",
                            columns: table => new
                            {
                                Id = table.Column<long>(type: "{{(sqlite ? "INTEGER" : "bigint")}}", nullable: false)
                                    {{idAnnotation}},
                                {{Code.Lines(columns, 20)}}
                            },
                            constraints: table =>
                            {
                                table.PrimaryKey("PK_{{entity.Table}}", x => x.Id);
                            });
                    }

                    /// <inheritdoc />
                    protected override void Down(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.DropTable(
                            name: "{{entity.Table}}");
                    }
                }
            }
            """);
    }

    /// <summary>The entity's block in <c>&lt;Context&gt;ModelSnapshot.BuildModel</c>, indented as the tool indents it.</summary>
    public static string SnapshotEntry(EntitySpec entity, MigrationProvider provider)
    {
        var sqlite = provider == MigrationProvider.Sqlite;
        var properties = entity.Fields.Select(f =>
        {
            var facets = new List<string>();
            if (f is { IsString: true, Nullable: false })
            {
                facets.Add(".IsRequired()");
            }

            if (f.IsString)
            {
                facets.Add($".HasMaxLength({f.MaxLength})");
            }

            if (f.Kind == FieldKind.Decimal)
            {
                facets.Add(".HasPrecision(18, 2)");
            }

            facets.Add($".HasColumnType(\"{ColumnType(f, provider)}\");");
            var type = f.IsString ? "string" : f.EntityType;
            return $"b.Property<{type}>(\"{f.Property}\")\n    {string.Join("\n    ", facets)}\n";
        });
        var identity = sqlite ? string.Empty : "NpgsqlPropertyBuilderExtensions.UseIdentityByDefaultColumn(b.Property<long>(\"Id\"));\n";
        var block = $$"""
            modelBuilder.Entity("{{entity.DataNamespace}}.{{entity.Name}}", b =>
                {
                    b.Property<long>("Id")
                        .ValueGeneratedOnAdd()
                        .HasColumnType("{{(sqlite ? "INTEGER" : "bigint")}}");

                    {{Code.Lines(properties.Prepend(identity), 8)}}
                    b.HasKey("Id");

                    b.ToTable("{{entity.Table}}", (string)null);
                });
            """;
        return string.Join("\n", Code.Tidy(block).Split('\n').Select(line => line.Length == 0 ? line : "            " + line)) + "\n\n";
    }

    private static string ColumnType(FieldSpec field, MigrationProvider provider) => (field.Kind, provider) switch
    {
        (FieldKind.String, MigrationProvider.Sqlite) => "TEXT",
        (FieldKind.String, _) => $"character varying({field.MaxLength})",
        (FieldKind.Int or FieldKind.Long or FieldKind.Bool, MigrationProvider.Sqlite) => "INTEGER",
        (_, MigrationProvider.Sqlite) => "TEXT",
        (FieldKind.Int, _) => "integer",
        (FieldKind.Long, _) => "bigint",
        (FieldKind.Decimal, _) => "numeric(18,2)",
        (FieldKind.Bool, _) => "boolean",
        (FieldKind.DateTime, _) => "timestamp with time zone",
        _ => "uuid",
    };

    private static string Facets(FieldSpec field) => field.Kind switch
    {
        FieldKind.String => $", maxLength: {field.MaxLength}",
        FieldKind.Decimal => ", precision: 18, scale: 2",
        _ => string.Empty,
    };
}
