using Inkwell.Identity.Tokens;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Identity.Services;

/// <summary>
/// <c>POST /api/users/service-token</c>: a configured service client (the worker) trades its id and secret for a
/// short-lived access token with the <c>service</c> role, as in OAuth 2's client credentials grant (docs/decisions/0018).
/// The token names no user, so it opens only the endpoints that require <c>Policies.Service</c>.
/// </summary>
internal static class IssueServiceToken
{
    internal sealed record Request(ClientBody? Client);

    internal sealed record ClientBody(string? Id, string? Secret);

    internal sealed record Response(TokenBody Client);

    internal sealed record TokenBody(string Id, string Token, DateTime ExpiresAt);

    public static Results<Ok<Response>, JsonHttpResult<ErrorResponse>> Handle(
        Request request, ServiceClients clients, AccessTokenIssuer tokens, TimeProvider clock)
    {
        if (request.Client is null)
        {
            return ApiErrors.MissingEnvelope("client");
        }

        var errors = new ValidationErrors().Required("id", request.Client.Id, 64).Required("secret", request.Client.Secret, 1024);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        var id = request.Client.Id!.Trim();
        if (!clients.Accepts(id, request.Client.Secret!))
        {
            return ApiErrors.From(Result<Response>.Unauthorized("client", "is unknown or its secret is wrong"));
        }

        var expiresAt = clock.GetUtcNow().UtcDateTime + clients.TokenLifetime;
        return TypedResults.Ok(new Response(new TokenBody(id, tokens.IssueForService(id, clients.TokenLifetime), expiresAt)));
    }
}
