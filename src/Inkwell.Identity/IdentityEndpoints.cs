using Inkwell.Identity.Mail;
using Inkwell.Identity.Profiles;
using Inkwell.Identity.Services;
using Inkwell.Identity.Tokens;
using Inkwell.Identity.Users;
using Inkwell.Platform.Admin.Api;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Caching;
using Inkwell.Platform.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Inkwell.Identity;

internal static class IdentityEndpoints
{
    public static void MapIdentityApi(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api").WithTags("User and Authentication");
        users.MapPost("/users", RegisterUser.HandleAsync).WithName("CreateUser").RequireRateLimiting(RateLimitPolicies.SignIn);
        users.MapPost("/users/login", LoginUser.HandleAsync).WithName("Login").RequireRateLimiting(RateLimitPolicies.SignIn);
        users.MapGet("/user", GetCurrentUser.HandleAsync).WithName("GetCurrentUser").RequireAuthorization();
        users.MapPut("/user", UpdateCurrentUser.HandleAsync).WithName("UpdateCurrentUser").RequireAuthorization();
        users.MapPost("/users/token", ExchangeRefreshToken.HandleAsync).WithName("RefreshToken")
            .WithSummary("Exchange a refresh token")
            .WithDescription(
                "Send `{\"user\":{\"refreshToken\":\"...\"}}` (the `refreshToken` from sign-up, login or an earlier exchange). "
                + "Answers the user with a new access token and a new refresh token; the one sent is spent. Sending a spent token "
                + "again revokes every token of that sign-in. An unknown, expired, spent or revoked token is 401.");
        users.MapPost("/users/logout", RevokeRefreshToken.HandleAsync).WithName("Logout")
            .WithSummary("Revoke a refresh token")
            .WithDescription(
                "Send `{\"user\":{\"refreshToken\":\"...\"}}`. Revokes that refresh token and every token of the same sign-in; "
                + "answers 204 whether or not the token was still valid. Access tokens already issued stay valid until they expire.");

        // Not in the RealWorld API: the settings page's mail switch and the unsubscribe link, for a website in a process of its own.
        users.MapGet("/user/mail", MailSettingsEndpoints.GetAsync).WithName("GetMailSettings").RequireAuthorization()
            .WithSummary("The current user's mail settings (not in the RealWorld API)");
        users.MapPut("/user/mail", MailSettingsEndpoints.SetAsync).WithName("SetMailSettings").RequireAuthorization()
            .WithSummary("Switch the current user's notification mail on or off (not in the RealWorld API)")
            .WithDescription("Send `{\"mail\":{\"emailNotifications\":false}}`.");
        users.MapPost("/users/unsubscribe", MailSettingsEndpoints.UnsubscribeAsync).WithName("Unsubscribe")
            .WithSummary("Follow a mail's unsubscribe link (not in the RealWorld API)")
            .WithDescription("Send `{\"mail\":{\"token\":\"...\"}}` with the token from the link; the signed token is the authority, so no sign-in is needed.");

        // Not in the RealWorld API: what the worker, acting for no user, asks Identity (a service token only, decision 0018).
        users.MapPost("/users/service-token", IssueServiceToken.Handle).WithName("IssueServiceToken").WithTags("Services")
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithSummary("Issue a service token (not in the RealWorld API)")
            .WithDescription(
                "Send `{\"client\":{\"id\":\"worker\",\"secret\":\"...\"}}` with a client configured at `Auth:ServiceClients`. Answers a "
                + "short-lived access token with the `service` role, which opens only the service endpoints. A wrong id or secret is 401.");
        var service = endpoints.MapGroup("/api/users").WithTags("Services").RequireAuthorization(Policies.Service);
        service.MapGet("/mail-recipients/{userId}", GetMailRecipient.HandleAsync).WithName("GetMailRecipient")
            .WithSummary("A user's address and mail switch, by id (service token only)");
        service.MapGet("/mail-subscribers", ListMailSubscribers.HandleAsync).WithName("ListMailSubscribers")
            .WithSummary("Users who want mail, by id, `count` (1-1000) after `after` (service token only)");
        service.MapPost("/mail-recipients/{userId}/unsubscribe-token", IssueUnsubscribeToken.HandleAsync).WithName("IssueUnsubscribeToken")
            .WithSummary("The signed token of a user's unsubscribe link (service token only)");
        service.MapPost("/refresh-tokens/purge", PurgeRefreshTokens.HandleAsync).WithName("PurgeRefreshTokens")
            .WithSummary("Delete expired and revoked refresh tokens (service token only)");

        // Not part of the API: the standard place where validators find the keys, outside /api and its description.
        endpoints.MapGet("/.well-known/jwks.json", PublishSigningKeys.Handle).ExcludeFromDescription();

        var profiles = endpoints.MapGroup("/api/profiles/{username}").WithTags("Profile");
        profiles.MapGet("", GetProfile.HandleAsync).WithName("GetProfileByUsername").CacheAnonymousReads();
        profiles.MapPost("/follow", FollowUser.HandleAsync).WithName("FollowUserByUsername").RequireAuthorization();
        profiles.MapDelete("/follow", UnfollowUser.HandleAsync).WithName("UnfollowUserByUsername").RequireAuthorization();

        // The back office's accounts: moderators lock and unlock, admins also give roles and passwords.
        var admin = endpoints.MapAdminApi(IdentityModule.ModuleName);
        admin.MapGet("/users", ListUsers.HandleAsync).WithName("ListAccounts");
        admin.MapPost("/users/{username}/lock", LockUser.HandleAsync).WithName("LockAccount");
        admin.MapPost("/users/{username}/unlock", UnlockUser.HandleAsync).WithName("UnlockAccount");
        admin.MapPut("/users/{username}/role", SetUserRole.HandleAsync).WithName("SetAccountRole").RequireAuthorization(Policies.Admin);
        admin.MapPut("/users/{username}/password", ResetPassword.HandleAsync).WithName("ResetAccountPassword").RequireAuthorization(Policies.Admin);
    }
}
