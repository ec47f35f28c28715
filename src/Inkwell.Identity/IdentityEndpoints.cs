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
        users.MapPost("/users", RegisterUser.HandleAsync).WithName("CreateUser");
        users.MapPost("/users/login", LoginUser.HandleAsync).WithName("Login");
        users.MapGet("/user", GetCurrentUser.HandleAsync).WithName("GetCurrentUser").RequireAuthorization();
        users.MapPut("/user", UpdateCurrentUser.HandleAsync).WithName("UpdateCurrentUser").RequireAuthorization();

        var profiles = endpoints.MapGroup("/api/profiles/{username}").WithTags("Profile");
        profiles.MapGet("", GetProfile.HandleAsync).WithName("GetProfileByUsername");
        profiles.MapPost("/follow", FollowUser.HandleAsync).WithName("FollowUserByUsername").RequireAuthorization();
        profiles.MapDelete("/follow", UnfollowUser.HandleAsync).WithName("UnfollowUserByUsername").RequireAuthorization();
    }
}
