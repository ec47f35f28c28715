using Inkwell.Identity.Contracts;
using Inkwell.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Web;

/// <summary>Site clients signed in with a role, for the back office's tests.</summary>
internal static class BackOfficeSite
{
    /// <summary>Signs up on the site, gets <paramref name="role"/> from an operator, and signs in again so the cookie carries it.</summary>
    public static async Task<(SiteClient Site, string Username)> SignInAsAsync(InkwellFactory factory, string role)
    {
        var username = await new SiteClient(factory).SignUpAsync();
        using (var scope = factory.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<IUserAdministration>().SetRoleAsync(username, role, CancellationToken.None)).Succeeded);
        }

        var site = new SiteClient(factory);
        var login = await site.SubmitAsync("/login", new Dictionary<string, string>
        {
            ["Input.Email"] = $"{username}@example.com",
            ["Input.Password"] = ApiClient.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (site, username);
    }

    /// <summary>Where a refused page sends the visitor, and the status that page answers with.</summary>
    public static async Task<(string Location, HttpStatusCode Status)> RefusalAsync(SiteClient site, string url)
    {
        var response = await site.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.ToString();
        return (location, (await site.Http.GetAsync(location)).StatusCode);
    }
}
