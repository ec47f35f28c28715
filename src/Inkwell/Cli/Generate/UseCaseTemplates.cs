namespace Inkwell.Cli.Generate;

/// <summary>One file per use case, as the modules' own are: the endpoint (<c>HandleAsync</c>) and the logic (<c>ExecuteAsync</c>).</summary>
internal static class UseCaseTemplates
{
    public static string Get(EntitySpec entity)
    {
        var (e, p) = (entity.Name, entity.Camel[..1]);
        return Code.Tidy($$"""
            using {{entity.DataNamespace}};
            using Inkwell.Platform.Api;
            using Microsoft.AspNetCore.Http.HttpResults;
            using Microsoft.EntityFrameworkCore;

            namespace {{entity.FeatureNamespace}};

            internal static class Get{{e}}
            {
                public static async Task<Results<Ok<{{e}}Response>, JsonHttpResult<ErrorResponse>>> HandleAsync(
                    long id, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    var result = await ExecuteAsync(id, db, cancellationToken);
                    return result.Value is { } {{entity.Camel}} ? TypedResults.Ok(new {{e}}Response({{entity.Camel}})) : ApiErrors.From(result);
                }

                public static async Task<Result<{{e}}View>> ExecuteAsync(long id, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    var {{entity.Camel}} = await db.{{entity.Plural}}.AsNoTracking().Where({{p}} => {{p}}.Id == id).Select({{e}}Rules.ToView).FirstOrDefaultAsync(cancellationToken);
                    return {{entity.Camel}} is null ? Result<{{e}}View>.NotFound("{{entity.Camel}}") : Result<{{e}}View>.Ok({{entity.Camel}});
                }
            }
            """);
    }

    public static string Create(EntitySpec entity)
    {
        var e = entity.Name;
        return Code.Tidy($$"""
            using {{entity.DataNamespace}};
            using Inkwell.Platform.Api;
            using Microsoft.AspNetCore.Http.HttpResults;

            namespace {{entity.FeatureNamespace}};

            internal static class Create{{e}}
            {
                public static async Task<Results<Created<{{e}}Response>, JsonHttpResult<ErrorResponse>>> HandleAsync(
                    {{e}}Request request, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    if (request.{{e}} is null)
                    {
                        return ApiErrors.MissingEnvelope("{{entity.Camel}}");
                    }

                    var result = await ExecuteAsync(request.{{e}}, db, cancellationToken);
                    return result.Value is { } {{entity.Camel}}
                        ? TypedResults.Created($"/api/{{entity.Route}}/{{{entity.Camel}}.Id}", new {{e}}Response({{entity.Camel}}))
                        : ApiErrors.From(result);
                }

                public static async Task<Result<{{e}}View>> ExecuteAsync({{e}}Input input, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    var errors = {{e}}Rules.Check(input);
                    if (errors.Any)
                    {
                        return Result<{{e}}View>.Invalid(errors);
                    }

                    var {{entity.Camel}} = {{e}}Rules.New(input);
                    db.{{entity.Plural}}.Add({{entity.Camel}});
                    await db.SaveChangesAsync(cancellationToken);
                    return Result<{{e}}View>.Ok({{e}}Rules.ViewOf({{entity.Camel}}));
                }
            }
            """);
    }

    public static string Update(EntitySpec entity)
    {
        var (e, p) = (entity.Name, entity.Camel[..1]);
        return Code.Tidy($$"""
            using {{entity.DataNamespace}};
            using Inkwell.Platform.Api;
            using Microsoft.AspNetCore.Http.HttpResults;
            using Microsoft.EntityFrameworkCore;

            namespace {{entity.FeatureNamespace}};

            /// <summary>Replaces every field of a {{entity.Noun}}: a field left out is checked, and set, as on creation.</summary>
            internal static class Update{{e}}
            {
                public static async Task<Results<Ok<{{e}}Response>, JsonHttpResult<ErrorResponse>>> HandleAsync(
                    long id, {{e}}Request request, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    if (request.{{e}} is null)
                    {
                        return ApiErrors.MissingEnvelope("{{entity.Camel}}");
                    }

                    var result = await ExecuteAsync(id, request.{{e}}, db, cancellationToken);
                    return result.Value is { } {{entity.Camel}} ? TypedResults.Ok(new {{e}}Response({{entity.Camel}})) : ApiErrors.From(result);
                }

                public static async Task<Result<{{e}}View>> ExecuteAsync(long id, {{e}}Input input, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    var {{entity.Camel}} = await db.{{entity.Plural}}.FirstOrDefaultAsync({{p}} => {{p}}.Id == id, cancellationToken);
                    if ({{entity.Camel}} is null)
                    {
                        return Result<{{e}}View>.NotFound("{{entity.Camel}}");
                    }

                    var errors = {{e}}Rules.Check(input);
                    if (errors.Any)
                    {
                        return Result<{{e}}View>.Invalid(errors);
                    }

                    {{e}}Rules.Apply(input, {{entity.Camel}});
                    await db.SaveChangesAsync(cancellationToken);
                    return Result<{{e}}View>.Ok({{e}}Rules.ViewOf({{entity.Camel}}));
                }
            }
            """);
    }

    public static string Delete(EntitySpec entity)
    {
        var (e, p) = (entity.Name, entity.Camel[..1]);
        return Code.Tidy($$"""
            using {{entity.DataNamespace}};
            using Inkwell.Platform.Api;
            using Microsoft.AspNetCore.Http.HttpResults;
            using Microsoft.EntityFrameworkCore;

            namespace {{entity.FeatureNamespace}};

            internal static class Delete{{e}}
            {
                public static async Task<Results<NoContent, JsonHttpResult<ErrorResponse>>> HandleAsync(
                    long id, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    var result = await ExecuteAsync(id, db, cancellationToken);
                    return result.Succeeded ? TypedResults.NoContent() : ApiErrors.From(result);
                }

                public static async Task<Result<long>> ExecuteAsync(long id, {{entity.Module.DbContextName}} db, CancellationToken cancellationToken)
                {
                    var {{entity.Camel}} = await db.{{entity.Plural}}.FirstOrDefaultAsync({{p}} => {{p}}.Id == id, cancellationToken);
                    if ({{entity.Camel}} is null)
                    {
                        return Result<long>.NotFound("{{entity.Camel}}");
                    }

                    db.{{entity.Plural}}.Remove({{entity.Camel}});
                    await db.SaveChangesAsync(cancellationToken);
                    return Result<long>.Ok(id);
                }
            }
            """);
    }

    public static string Endpoints(EntitySpec entity)
    {
        var (e, plural) = (entity.Name, entity.Plural);
        return Code.Tidy($$"""
            using Inkwell.Platform.Auth;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;

            namespace {{entity.FeatureNamespace}};

            internal static class {{e}}Endpoints
            {
                /// <summary>Any signed-in user reads {{entity.Noun}}s; only an admin writes them.</summary>
                public static void Map{{plural}}Api(this IEndpointRouteBuilder endpoints)
                {
                    var {{entity.CamelPlural}} = endpoints.MapGroup("{{entity.ApiPath}}").WithTags("{{plural}}").RequireAuthorization();
                    {{entity.CamelPlural}}.MapGet("", List{{plural}}.HandleAsync).WithName("Get{{plural}}");
                    {{entity.CamelPlural}}.MapGet("/{id:long}", Get{{e}}.HandleAsync).WithName("Get{{e}}");
                    {{entity.CamelPlural}}.MapPost("", Create{{e}}.HandleAsync).WithName("Create{{e}}").RequireAuthorization(Policies.Admin);
                    {{entity.CamelPlural}}.MapPut("/{id:long}", Update{{e}}.HandleAsync).WithName("Update{{e}}").RequireAuthorization(Policies.Admin);
                    {{entity.CamelPlural}}.MapDelete("/{id:long}", Delete{{e}}.HandleAsync).WithName("Delete{{e}}").RequireAuthorization(Policies.Admin);
                }
            }
            """);
    }
}
