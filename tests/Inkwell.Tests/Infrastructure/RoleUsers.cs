using Inkwell.Identity.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Infrastructure;

public static class RoleUsers
{
    /// <summary>Registers a user, gives them a role as an operator does, and signs them in again so their token carries it.</summary>
    public static async Task<SignedInUser> RegisterWithRoleAsync(this InkwellFactory factory, string role)
    {
        var api = factory.CreateApiClient();
        var user = await api.RegisterAsync();
        using (var scope = factory.Services.CreateScope())
        {
            var set = await scope.ServiceProvider.GetRequiredService<IUserAdministration>().SetRoleAsync(user.Username, role, CancellationToken.None);
            Assert.True(set.Succeeded, set.Error?.Describe());
        }

        var login = await (await api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        return user with { Token = login["user"]!["token"]!.GetValue<string>() };
    }
}
