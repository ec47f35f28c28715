using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Site;

/// <summary>What an author or commenter types is shown as text or safe HTML, never run as script.</summary>
[Collection(BrowserCollection.Name)]
public sealed class XssTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ScriptTitle = "<script>window.__xss=1</script>";

    private const string HostileBody = """
        An image: <img src=x onerror="window.__xss=1">

        A link: [click](javascript:window.__xss=1)

        <script>window.__xss=1</script>

        Still **here**.
        """;

    [Fact]
    public async Task Script_in_a_title_body_link_or_comment_is_shown_inert_and_never_runs()
    {
        var attacker = await Page.SignUpAsync(Person.New("mallory"));
        var slug = await Page.PublishAsync(new Draft(ScriptTitle, "<b onmouseover=\"window.__xss=1\">hover</b>", HostileBody, "<script>x</script>"));
        await Page.GetByLabel("Write a comment").FillAsync(ScriptTitle);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(Page.Locator(".card").Filter(new() { HasText = ScriptTitle })).ToHaveCountAsync(1);

        var victim = await NewPageAsync();
        await victim.SignUpAsync();
        await victim.GotoAsync($"/article/{slug}");

        await Expect(victim.GetByRole(AriaRole.Heading, new() { Level = 1, Name = ScriptTitle, Exact = true })).ToBeVisibleAsync();
        var body = victim.ArticleBody();
        await Expect(body.Locator("strong")).ToHaveTextAsync("here");
        await Expect(body).ToContainTextAsync("<img src=x onerror=\"window.__xss=1\">");
        await Expect(body.Locator("script")).ToHaveCountAsync(0);
        await Expect(body.Locator("img")).ToHaveCountAsync(0);
        await Expect(body.Locator("[onerror], [onmouseover], [onclick]")).ToHaveCountAsync(0);
        await Expect(body.Locator("[href^='javascript:' i], [src^='javascript:' i]")).ToHaveCountAsync(0);
        await Expect(victim.Locator("main [href*='javascript:' i]")).ToHaveCountAsync(0);
        await Expect(victim.Locator(".card").Filter(new() { HasText = ScriptTitle })).ToHaveCountAsync(1);
        await AssertNoScriptRanAsync(victim);

        await body.GetByText("click").ClickAsync();
        await AssertNoScriptRanAsync(victim);
        Assert.EndsWith($"/article/{slug}", victim.Url, StringComparison.Ordinal);

        // The same words in the lists: the home page and the author's profile.
        await victim.GotoAsync("/");
        await Expect(victim.GetByRole(AriaRole.Heading, new() { Name = ScriptTitle, Exact = true })).ToBeVisibleAsync();
        await AssertNoScriptRanAsync(victim);
        await victim.GotoAsync($"/profile/{attacker.Username}");
        await Expect(victim.GetByRole(AriaRole.Heading, new() { Name = ScriptTitle, Exact = true })).ToBeVisibleAsync();
        await AssertNoScriptRanAsync(victim);
    }

    [Fact]
    public async Task Script_in_the_editor_preview_is_shown_inert_and_never_runs()
    {
        await Page.SignUpAsync();
        await Page.GotoAsync("/editor");
        await Page.FillEditorAsync(new Draft(ScriptTitle, "Preview", HostileBody));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(Page.ArticleBody().Locator("strong")).ToHaveTextAsync("here");
        await Expect(Page.ArticleBody().Locator("script, img, [onerror]")).ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("Write your article (in Markdown)")).ToHaveValueAsync(HostileBody);
        await AssertNoScriptRanAsync(Page);
    }

    private static async Task AssertNoScriptRanAsync(IPage page)
    {
        // Let any handler that could fire (an image error, a script) have its turn first.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
    }
}
