namespace Inkwell.BrowserTests.Infrastructure;

/// <summary>
/// One running site and one Chromium for a whole test collection; each test opens its own context. The site is the
/// host served in this process, or, when <see cref="SiteVariable"/> names an address, a site already running there
/// (<c>scripts/test.sh</c> points it at the services shape's gateway).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string SiteVariable = "INKWELL_BROWSER_SITE";

    /// <summary>
    /// An admin account of the running site (<c>email:password</c>), made by its operator: the back office tests give roles
    /// through its admin API with it. <c>scripts/test.sh</c> creates one on the services shape with <c>inkwell users create</c>.
    /// </summary>
    public const string AdminVariable = "INKWELL_BROWSER_ADMIN";

    /// <summary>The sign-in attempts per account a site of the services shape allows (its default).</summary>
    public const int RunningSiteAttemptsPerAccount = 5;

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private SiteFactory? _site;

    /// <summary>The site served in this process; null when the tests run against <see cref="SiteVariable"/>.</summary>
    public SiteFactory? Site => _site;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        // Two cores shared by the whole test run: give a busy server time before an expectation fails.
        SetDefaultExpectTimeout(15_000);
        if (Environment.GetEnvironmentVariable(SiteVariable) is { Length: > 0 } running)
        {
            BaseUrl = running.TrimEnd('/');
        }
        else
        {
            _site = new SiteFactory();
            BaseUrl = SiteFactory.Start(_site);
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchAsync(_playwright);
    }

    /// <summary>Debian's Chromium (scripts/test.sh installs it); Playwright never downloads a browser here.</summary>
    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
