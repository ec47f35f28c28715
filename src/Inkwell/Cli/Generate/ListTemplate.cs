namespace Inkwell.Cli.Generate;

/// <summary>The list use case: paging (<c>limit</c>, <c>offset</c>), <c>sort=field</c> or <c>sort=-field</c>, and a filter per field.</summary>
internal static class ListTemplate
{
    public static string List(EntitySpec entity)
    {
        var (e, p, plural) = (entity.Name, entity.Camel[..1], entity.Plural);
        var queryFields = string.Join(", ", entity.Fields.Select(f => $"string? {f.Property}").Prepend("string? Sort").Prepend("string? Offset").Prepend("string? Limit"));
        var sortable = entity.Fields.Select(f => (Name: f.Name, Property: f.Property)).Prepend((Name: "id", Property: "Id")).ToList();
        var sortArms = sortable.Select(s => $"\"{s.Name}\" => descending ? {entity.CamelPlural}.OrderByDescending({p} => {p}.{s.Property}) : {entity.CamelPlural}.OrderBy({p} => {p}.{s.Property}),");
        var needsCulture = entity.Fields.Any(f => f.Kind is FieldKind.Int or FieldKind.Long or FieldKind.Decimal or FieldKind.DateTime);
        return Code.Tidy($$"""
            {{(needsCulture ? "using System.Globalization;" : string.Empty)}}
            using {{entity.DataNamespace}};
            using Inkwell.Platform.Api;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Http.HttpResults;
            using Microsoft.EntityFrameworkCore;

            namespace {{entity.FeatureNamespace}};

            /// <summary>
            /// A page of {{entity.Noun}}s: <c>?limit=&amp;offset=</c>, <c>?sort={{sortable[^1].Name}}</c> or <c>?sort=-{{sortable[^1].Name}}</c> (by id when absent),
            /// and a filter per field (text contains it, other fields equal it). The total counts every match.
            /// </summary>
            internal static class List{{plural}}
            {
                private const string SortFields = "{{string.Join(", ", sortable.Select(s => s.Name))}}";

                internal sealed record Query({{queryFields}});

                public static async Task<Results<Ok<{{e}}ListResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
                    [AsParameters] Query query, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    var result = await ExecuteAsync(query, db, cancellationToken);
                    return result.Value is { } page ? TypedResults.Ok(page) : ApiErrors.From(result);
                }

                public static async Task<Result<{{e}}ListResponse>> ExecuteAsync(Query query, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    var errors = new ValidationErrors();
                    var paging = Paging.Parse(query.Limit, query.Offset, errors);
                    var {{entity.CamelPlural}} = db.{{plural}}.AsNoTracking();
                    {{Code.Lines(entity.Fields.Select(f => Filter(entity, f)), 8)}}

                    var sort = string.IsNullOrEmpty(query.Sort) ? "id" : query.Sort;
                    var descending = sort.StartsWith('-');
                    var ordered = sort.TrimStart('-') switch
                    {
                        {{Code.Lines(sortArms, 12)}}
                        _ => null,
                    };
                    if (ordered is null)
                    {
                        errors.Add("sort", $"must be one of {SortFields}, with a - in front for descending order");
                    }

                    if (errors.Any)
                    {
                        return Result<{{e}}ListResponse>.Invalid(errors);
                    }

                    var total = await {{entity.CamelPlural}}.CountAsync(cancellationToken);
                    var page = await ordered!.ThenBy({{p}} => {{p}}.Id).Skip(paging.Offset).Take(paging.Limit).Select({{e}}Rules.ToView).ToListAsync(cancellationToken);
                    return Result<{{e}}ListResponse>.Ok(new {{e}}ListResponse(page, total));
                }
            }
            """);
    }

    private static string Filter(EntitySpec entity, FieldSpec field)
    {
        var (list, p, value, property) = (entity.CamelPlural, entity.Camel[..1], $"query.{field.Property}", field.Property);
        if (field.IsString)
        {
            var match = field.Nullable ? $"{p}.{property} != null && {p}.{property}.Contains({value})" : $"{p}.{property}.Contains({value})";
            return $"if (!string.IsNullOrEmpty({value}))\n{{\n    {list} = {list}.Where({p} => {match});\n}}\n";
        }

        var variable = field.Name + "Filter";
        var (parse, message) = field.Kind switch
        {
            FieldKind.Int => ($"int.TryParse({value}, NumberStyles.Integer, CultureInfo.InvariantCulture, out var {variable})", "must be a whole number"),
            FieldKind.Long => ($"long.TryParse({value}, NumberStyles.Integer, CultureInfo.InvariantCulture, out var {variable})", "must be a whole number"),
            FieldKind.Decimal => ($"decimal.TryParse({value}, NumberStyles.Number, CultureInfo.InvariantCulture, out var {variable})", "must be a number"),
            FieldKind.Bool => ($"bool.TryParse({value}, out var {variable})", "must be true or false"),
            FieldKind.DateTime => (
                $"DateTime.TryParse({value}, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var {variable})",
                "must be a date and time such as 2026-01-31T09:15:00Z"),
            _ => ($"Guid.TryParse({value}, out var {variable})", "must be a GUID"),
        };
        return $$"""
            if (!string.IsNullOrEmpty({{value}}))
            {
                if ({{parse}})
                {
                    {{list}} = {{list}}.Where({{p}} => {{p}}.{{property}} == {{variable}});
                }
                else
                {
                    errors.Add("{{field.Name}}", "{{message}}");
                }
            }

            """;
    }
}
