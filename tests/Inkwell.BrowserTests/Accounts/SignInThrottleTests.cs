using Inkwell.BrowserTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.BrowserTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SignInThrottleTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task After_the_allowed_wrong_passwords_for_one_account_the_next_attempt_is_refused_with_429()
    {
        // In this process: a site of its own whose limit is 3 attempts per account (the shared site allows many more).
        // Against a running site: its own limit.
        await using var strict = Fixture.Site?.WithWebHostBuilder(web => web.UseSetting("RateLimits:FailedSignIns:PermitLimit", "3"));
        var (baseUrl, allowed) = (Fixture.BaseUrl, BrowserFixture.RunningSiteAttemptsPerAccount);
        if (strict is not null)
        {
            strict.UseKestrel(0);
            (baseUrl, allowed) = (SiteFactory.Start(strict), 3);
        }

        var person = await Page.SignUpAsync();

        for (var attempt = 1; attempt <= allowed + 1; attempt++)
        {
            await Page.GotoAsync($"{baseUrl}/login");
            await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
            await Page.GetByLabel("Password", new() { Exact = true }).FillAsync($"wrong password {attempt}");
            var response = await Page.RunAndWaitForResponseAsync(
                () => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                r => r.Request.Method == "POST");

            if (attempt <= allowed)
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
