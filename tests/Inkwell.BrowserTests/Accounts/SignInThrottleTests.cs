using Inkwell.BrowserTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.BrowserTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SignInThrottleTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task After_three_wrong_passwords_for_one_account_the_fourth_attempt_is_refused_with_429()
    {
        // A site of its own whose limit is 3 attempts per account (the shared site allows many more).
        await using var strict = Fixture.Site.WithWebHostBuilder(web => web.UseSetting("RateLimits:FailedSignIns:PermitLimit", "3"));
        strict.UseKestrel(0);
        var baseUrl = SiteFactory.Start(strict);
        var person = await Page.SignUpAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await Page.GotoAsync($"{baseUrl}/login");
            await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
            await Page.GetByLabel("Password", new() { Exact = true }).FillAsync($"wrong password {attempt}");
            var response = await Page.RunAndWaitForResponseAsync(
                () => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                r => r.Request.Method == "POST");

            if (attempt <= 3)
            {
                Assert.Equal(422, response.Status);
                await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Email or password is invalid.");
            }
            else
            {
                Assert.Equal(429, response.Status);
                Assert.NotNull(await response.HeaderValueAsync("Retry-After"));
                await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Too many sign-in attempts");
            }
        }
    }
}
