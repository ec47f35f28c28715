using Inkwell.Identity.Profiles;
using Inkwell.Identity.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Inkwell.Identity;

internal static class IdentityEndpoints
{
    public static void MapIdentityApi(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api").WithTags("User and Authentication");
        users.MapPost("/users", RegisterUser.Handle).WithName("CreateUser");
        users.MapPost("/users/login", LoginUser.Handle).WithName("Login");
        users.MapGet("/user", GetCurrentUser.Handle).WithName("GetCurrentUser").RequireAuthorization();
        users.MapPut("/user", UpdateCurrentUser.Handle).WithName("UpdateCurrentUser").RequireAuthorization();

        var profiles = endpoints.MapGroup("/api/profiles/{username}").WithTags("Profile");
        profiles.MapGet("", GetProfile.Handle).WithName("GetProfileByUsername");
        profiles.MapPost("/follow", FollowUser.Handle).WithName("FollowUserByUsername").RequireAuthorization();
        profiles.MapDelete("/follow", UnfollowUser.Handle).WithName("UnfollowUserByUsername").RequireAuthorization();
    }
}
