using System.Globalization;
using Inkwell.Tests.Services.Infrastructure;

namespace Inkwell.Tests.Observability;

/// <summary>Reads <c>/metrics</c> as Prometheus does: one sample a line, <c>name{labels} value</c>.</summary>
public static class MetricsText
{
    public static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of every sample of <paramref name="name"/> whose labels include each of <paramref name="labels"/>; 0 when none.</summary>
    public static double Sum(string text, string name, params string[] labels) =>
        text.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    /// <summary>Waits until the counter is above <paramref name="before"/> (the exporter caches a scrape for a moment).</summary>
    public static async Task<double> WaitAboveAsync(HttpClient client, string name, double before, params string[] labels)
    {
        var value = before;
        await Eventually.HoldsAsync(async () => (value = Sum(await ScrapeAsync(client), name, labels)) > before, TimeSpan.FromSeconds(10), $"{name} to rise above {before}");
        return value;
    }
}
