using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Site;

/// <summary>A form posted from another site carries the browser's cookies but not the page's antiforgery token.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AntiforgeryTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_sign_in_form_posted_without_its_antiforgery_token_is_rejected_with_400_and_signs_nobody_in()
    {
        var person = await (await NewPageAsync()).SignUpAsync();
        await Page.GotoAsync("/login");

        var response = await Page.APIRequest.PostAsync("/login", new()
        {
            Form = Form(Page.APIRequest, ("Input.Email", person.Email), ("Input.Password", person.Password)),
            MaxRedirects = 0,
        });

        Assert.Equal(400, response.Status);
        Assert.Contains("Your request could not be accepted", await response.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await Page.Context.CookiesAsync(), cookie => cookie.Name == "inkwell.session");
        await Page.GotoAsync("/");
        await Expect(Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_comment_posted_without_its_antiforgery_token_is_rejected_on_the_error_page_and_not_saved()
    {
        await Page.SignUpAsync();
        var slug = await Page.PublishAsync(Draft.New());
        var action = await Page.Locator("form").Filter(new() { Has = Page.GetByLabel("Write a comment") }).GetAttributeAsync("action");
        Assert.False(string.IsNullOrEmpty(action));
        var text = $"Forged comment {Guid.NewGuid():N}";

        var response = await Page.APIRequest.PostAsync(action!, new() { Form = Form(Page.APIRequest, ("CommentBody", text)), MaxRedirects = 0 });

        Assert.Equal(400, response.Status);
        var html = await response.TextAsync();
        Assert.Contains("Your request could not be accepted", html, StringComparison.Ordinal);
        Assert.Contains("navbar", html, StringComparison.Ordinal);
        await Page.GotoAsync($"/article/{slug}");
        await Expect(Page.GetByText(text)).ToHaveCountAsync(0);

        // The same form, sent by the page itself with its token, is accepted: the rejection above was the token.
        await Page.GetByLabel("Write a comment").FillAsync(text);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(Page.Locator(".card").Filter(new() { HasText = text })).ToHaveCountAsync(1);
    }

    private static IFormData Form(IAPIRequestContext api, params (string Name, string Value)[] fields)
    {
        var form = api.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }
}
