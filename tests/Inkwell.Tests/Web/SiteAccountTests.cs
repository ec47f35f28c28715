using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Web;

[Collection(ApiCollection.Name)]
public sealed class SiteAccountTests(InkwellFactory factory)
{
    [Fact]
    public async Task Signing_up_on_the_site_signs_you_in_with_a_cookie()
    {
        var site = new SiteClient(factory);

        var username = await site.SignUpAsync();
        var home = await site.Http.GetStringAsync("/");

        Assert.Contains($"href=\"/profile/{username}\"", home, StringComparison.Ordinal);
        Assert.Contains("Sign out", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_up_errors_are_shown_next_to_the_fields_with_422()
    {
        var site = new SiteClient(factory);

        var response = await site.SubmitAsync("/register", new Dictionary<string, string>
        {
            ["Input.Username"] = "",
            ["Input.Email"] = "not-an-email",
            ["Input.Password"] = "short",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Username\"", html, StringComparison.Ordinal);
        Assert.Contains("Username can&#x27;t be blank.", html, StringComparison.Ordinal);
        Assert.Contains("Email is invalid.", html, StringComparison.Ordinal);
        Assert.Contains("Password is too short", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var site = new SiteClient(factory);
        var username = ApiClient.Unique("csrf");

        var response = await site.Http.PostAsync("/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Username"] = username,
            ["Input.Email"] = $"{username}@example.com",
            ["Input.Password"] = ApiClient.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your request could not be accepted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/profiles/{username}")).StatusCode);
    }

    [Fact]
    public async Task The_site_cookie_never_authorizes_an_api_call()
    {
        var site = new SiteClient(factory);
        await site.SignUpAsync();

        var response = await site.Http.GetAsync("/api/user");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Settings_require_sign_in_and_save_changes()
    {
        var anonymous = await new SiteClient(factory).Http.GetAsync("/settings");
        var site = new SiteClient(factory);
        var username = await site.SignUpAsync();

        var saved = await site.SubmitAsync("/settings", new Dictionary<string, string>
        {
            ["Input.Username"] = username,
            ["Input.Email"] = $"{username}@example.com",
            ["Input.Bio"] = "Writes about trains.",
            ["Input.Image"] = "",
            ["Input.Password"] = "",
        });

        Assert.Equal("/login", anonymous.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Writes about trains.", await site.Http.GetStringAsync($"/profile/{username}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var site = new SiteClient(factory);
        await site.SignUpAsync();

        var response = await site.SubmitAsync("/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", (await site.Http.GetAsync("/settings")).Headers.Location!.AbsolutePath);
    }
}
