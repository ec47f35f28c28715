using Inkwell.Platform;
using Inkwell.Tests.Observability;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Worker;

/// <summary>The uptime monitor: probes of configured URLs recorded in the worker's tables and shown on /status.</summary>
[Collection(UptimeCollection.Name)]
public sealed class UptimeTests(UptimeFactory factory)
{
    [Fact]
    public async Task A_probe_records_up_for_the_expected_answer_and_down_with_the_reason_otherwise()
    {
        await ProbeAsync();

        var checks = (await StatusAsync()).ToDictionary(c => c.Name);
        Assert.Equal(["website", "broken-api", "offline"], checks.Keys);
        var website = checks["website"].Latest!;
        Assert.True(website.Up);
        Assert.Equal(200, website.StatusCode);
        Assert.Null(website.Error);
        var broken = checks["broken-api"].Latest!;
        Assert.False(broken.Up);
        Assert.Equal(500, broken.StatusCode);
        Assert.Equal("answered 500, expected 200", broken.Error);
        var offline = checks["offline"].Latest!;
        Assert.False(offline.Up);
        Assert.Null(offline.StatusCode);
        Assert.False(string.IsNullOrEmpty(offline.Error));

        var metrics = await MetricsText.ScrapeAsync(factory.CreateClient());
        Assert.Equal(1, MetricsText.Sum(metrics, "inkwell_uptime_up", "check=\"website\""));
        Assert.Equal(0, MetricsText.Sum(metrics, "inkwell_uptime_up", "check=\"offline\""));
    }

    [Fact]
    public async Task A_check_is_not_probed_again_before_its_interval_has_passed()
    {
        await ProbeAsync();
        var first = await ResultCountAsync();

        await ProbeAsync();

        Assert.Equal(first, await ResultCountAsync());
        Assert.Equal(3, first.Count);
    }

    [Fact]
    public async Task The_status_page_shows_each_checks_current_state_and_recent_probes()
    {
        await ProbeAsync();

        using var response = await factory.CreateClient().GetAsync("/status");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("data-check=\"website\" data-state=\"up\"", html, StringComparison.Ordinal);
        Assert.Contains("data-check=\"broken-api\" data-state=\"down\"", html, StringComparison.Ordinal);
        Assert.Contains("data-check=\"offline\" data-state=\"down\"", html, StringComparison.Ordinal);
        Assert.Contains("2 of 3 checks are down.", html, StringComparison.Ordinal);
        Assert.Contains("answered 500, expected 200", html, StringComparison.Ordinal);
        Assert.Contains("no answer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html.Replace("<script src=", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_without_an_absolute_http_url_stops_the_start_with_a_message_naming_it()
    {
        var error = Assert.Throws<ConfigurationException>(() => InkwellHost.Build(
            ["--Uptime:Checks:0:Name=typo", "--Uptime:Checks:0:Url=localhost/health", $"--Storage:DataPath={factory.DataPath}"], serving: false));

        Assert.Contains("Uptime:Checks 'typo' needs an absolute http(s) Url; it is 'localhost/health'", error.Message, StringComparison.Ordinal);
    }

    private async Task ProbeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<IJobs>().RunNowAsync("uptime-checks", CancellationToken.None);
        Assert.True(run.Succeeded);
    }

    private async Task<IReadOnlyList<UptimeCheckStatus>> StatusAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUptime>().GetStatusAsync(10, CancellationToken.None);
    }

    private async Task<Dictionary<string, int>> ResultCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkerDbContext>().UptimeResults
            .GroupBy(r => r.Check).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
    }
}
