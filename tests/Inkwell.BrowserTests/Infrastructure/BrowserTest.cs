namespace Inkwell.BrowserTests.Infrastructure;

/// <summary>
/// A test with a fresh browser context (no cookies, a desktop window) and one page on the running site.
/// Shares the collection's site and browser, so tests create the people and articles they need.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserFixture Fixture => fixture;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync() => Page = await NewPageAsync();

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>A page in a context of its own: another person at another computer.</summary>
    protected async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Saves the whole page as artifacts/screenshots/{name}.png, for people to look at.</summary>
    protected static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"{name}.png"), FullPage = true });

    protected static string Unique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";
}
