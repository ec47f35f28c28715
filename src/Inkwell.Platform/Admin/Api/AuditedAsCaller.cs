using System.Security.Claims;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Platform.Admin.Api;

/// <summary>Audits every change an admin endpoint makes under the caller's user id and name, read from their access token.</summary>
internal sealed class AuditedAsCaller : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var caller = context.HttpContext.User;
        if (caller.FindUserId() is not { } userId)
        {
            return await next(context);
        }

        using (AuditActor.Begin(new AuditActor(userId, caller.FindFirstValue(JwtRegisteredClaimNames.UniqueName) ?? "unknown")))
        {
            return await next(context);
        }
    }
}
