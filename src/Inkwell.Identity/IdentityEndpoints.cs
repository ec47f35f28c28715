using Inkwell.Identity.Mail;
using Inkwell.Identity.Profiles;
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
