using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Inkwell.Tests.Services.Infrastructure;

namespace Inkwell.Tests.Observability;

/// <summary>
/// The monitoring setup of deploy/monitoring, for real: the binary in Production, and Debian's Prometheus started by
/// scripts/prometheus.sh (which installs it when missing) with the shipped configuration and alert rules, scraping it.
/// </summary>
public sealed class PrometheusScrapeTests
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Prometheus_scrapes_a_running_inkwell_and_loads_the_alert_rules()
    {
        var folder = Directory.CreateTempSubdirectory("inkwell-prometheus-test").FullName;
        try
        {
            var keys = Directory.CreateDirectory(Path.Combine(folder, "keys"));
            using (var rsa = RSA.Create(2048))
            {
                File.WriteAllText(Path.Combine(keys.FullName, "test.pem"), rsa.ExportPkcs8PrivateKeyPem());
            }

            await using var inkwell = InkwellProcess.Start(
                "all-in-one",
                FreePort.Next(),
                folder,
                [$"--Storage:DataPath={folder}", $"--Auth:SigningKeys:Path={keys.FullName}", "--Demo:Enabled=false", "--Database:Provider=Sqlite", "--ConnectionStrings:Inkwell="],
                logFormat: "json");
            await inkwell.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            (await Client.GetAsync(new Uri(inkwell.Address, "/api/articles"))).EnsureSuccessStatusCode();

            var prometheus = await ScriptAsync("start", $"127.0.0.1:{inkwell.Address.Port}");
            try
            {
                var found = "";
                await Eventually.HoldsAsync(
                    async () =>
                    {
                        found = await QueryAsync(prometheus, "http_server_request_duration_seconds_count{job=\"inkwell\", http_route=\"/api/articles/\"}");
                        return ResultCount(found) > 0;
                    },
                    TimeSpan.FromSeconds(60),
                    "Prometheus to have scraped Inkwell's request metrics",
                    () => found);
                var up = await QueryAsync(prometheus, "up{job=\"inkwell\"}");
                Assert.Equal("1", JsonNode.Parse(up)!["data"]!["result"]![0]!["value"]![1]!.GetValue<string>());

                var rules = JsonNode.Parse(await Client.GetStringAsync(new Uri(prometheus, "/api/v1/rules")))!["data"]!["groups"]!.AsArray();
                var alerts = rules.SelectMany(g => g!["rules"]!.AsArray()).Select(r => (string)r!["name"]!).ToList();
                Assert.Contains("InkwellInstanceDown", alerts);
                Assert.Contains("InkwellHigh5xxRate", alerts);
                Assert.Contains("InkwellHighP99Latency", alerts);
                Assert.Contains("InkwellJobFailures", alerts);
            }
            finally
            {
                await ScriptAsync("stop");
            }

            // In Production each log entry is one JSON object, with the request's scope (its id and trace).
            var request = inkwell.Output.Split('\n')
                .Where(line => line.StartsWith('{') && line.Contains("Request starting", StringComparison.Ordinal))
                .Select(line => JsonDocument.Parse(line).RootElement)
                .First();
            var scopes = request.GetProperty("Scopes").EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object).ToList();
            Assert.Contains(scopes, scope => scope.TryGetProperty("RequestId", out _));
            Assert.Contains(scopes, scope => scope.TryGetProperty("TraceId", out _) && scope.TryGetProperty("SpanId", out _));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> QueryAsync(Uri prometheus, string query) =>
        await Client.GetStringAsync(new Uri(prometheus, $"/api/v1/query?query={Uri.EscapeDataString(query)}"));

    private static int ResultCount(string response) => JsonNode.Parse(response)!["data"]!["result"]!.AsArray().Count;

    /// <summary>
    /// Runs scripts/prometheus.sh, scraping every second; returns the URL it prints. Its port and folder are
    /// INKWELL_PROMETHEUS_PORT and INKWELL_PROMETHEUS_DIR, so scripts/test.sh can stop a server a crashed run left behind.
    /// </summary>
    private static async Task<Uri> ScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(MonitoringFilesTests.RepositoryRoot(), "scripts", "prometheus.sh"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["INKWELL_PROMETHEUS_SCRAPE_INTERVAL"] = "1s";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(15)).Token);
        Assert.True(process.ExitCode == 0, $"scripts/prometheus.sh {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await errors}");
        var url = (await output).Trim();
        return url.Length > 0 ? new Uri(url) : new Uri("http://127.0.0.1/");
    }
}
