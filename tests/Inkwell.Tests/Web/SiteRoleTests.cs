using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inkwell.Tests.Web;

/// <summary>The site's cookie carries the same role claim as an access token, so the same policies hold on pages.</summary>
[Collection(ApiCollection.Name)]
public sealed class SiteRoleTests(InkwellFactory factory)
{
    [Fact]
    public async Task Signing_in_on_the_site_puts_the_role_into_the_cookie_for_the_policies()
    {
        var user = await factory.CreateApiClient().RegisterAsync();
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IUserAdministration>().SetRoleAsync(user.Username, Roles.Moderator, CancellationToken.None);
        }

        var response = await new SiteClient(factory).SubmitAsync("/login", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = ApiClient.Password,
        });

        var principal = SessionOf(response);
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        Assert.True((await authorization.AuthorizeAsync(principal, Policies.Moderator)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(principal, Policies.Admin)).Succeeded);
    }

    /// <summary>Reads the session cookie the response sets, as the cookie scheme itself would.</summary>
    private System.Security.Claims.ClaimsPrincipal SessionOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("inkwell.session=", StringComparison.Ordinal));
        var value = cookie["inkwell.session=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(AuthSchemes.SiteCookie);
        return options.TicketDataFormat.Unprotect(Uri.UnescapeDataString(value))!.Principal;
    }
}
