namespace Inkwell.Tests.Services.Infrastructure;

/// <summary>What a gateway's <c>/health/ready</c> says about one instance of one cluster.</summary>
public sealed record DestinationState(string Cluster, string Id, string Address, string Active, string Passive, bool InRotation);

/// <summary>Reads the gateway's view of its instances from its readiness report.</summary>
public static class GatewayState
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<IReadOnlyList<DestinationState>> ReadAsync(Uri gateway)
    {
        using var response = await Client.GetAsync(new Uri(gateway, "/health/ready"));
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var clusters = report["checks"]!["gateway-destinations"]!["data"]!.AsObject();
        return
        [
            .. clusters.SelectMany(cluster => cluster.Value!.AsArray().Select(d => new DestinationState(
                cluster.Key,
                (string)d!["id"]!,
                (string)d["address"]!,
                (string)d["active"]!,
                (string)d["passive"]!,
                (bool)d["inRotation"]!))),
        ];
    }

    /// <summary>Whether every cluster's destination at this address is (or is not) in rotation.</summary>
    public static async Task<bool> InRotationAsync(Uri gateway, Uri instance, bool expected)
    {
        var address = instance.ToString().TrimEnd('/');
        var matching = (await ReadAsync(gateway)).Where(d => d.Address.TrimEnd('/') == address).ToList();
        return matching.Count > 0 && matching.All(d => d.InRotation == expected);
    }
}
