using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inkwell;

/// <summary>Titles the served OpenAPI document and declares the <c>Token</c> header scheme of the RealWorld API.</summary>
internal sealed class ApiDocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Inkwell API",
            Version = "1.1.0",
            Description = "The RealWorld \"Conduit\" API. Send `Authorization: Token <jwt>` (or `Bearer <jwt>`) where a token is required. "
                + "Sign-up and login also return a `refreshToken`, which `POST /api/users/token` exchanges for a new access token "
                + "and refresh token, and `POST /api/users/logout` revokes. Access tokens are RS256 JWTs; the keys that check them "
                + "are published at `/.well-known/jwks.json`.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Token"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = "Token <jwt>",
        };
        return Task.CompletedTask;
    }
}
