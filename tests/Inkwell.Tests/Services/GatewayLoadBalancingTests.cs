using System.Diagnostics;
using Inkwell.Tests.Services.Infrastructure;
using Xunit.Abstractions;

namespace Inkwell.Tests.Services;

/// <summary>The gateway in front of two real instances: load is shared, and losing an instance loses no read.</summary>
[Collection(ServicesCollection.Name)]
public sealed class GatewayLoadBalancingTests(ServicesCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Failover = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Requests_through_the_gateway_are_spread_over_both_instances()
    {
        await cluster.BothBackendsInRotationAsync();
        using var client = new HttpClient { BaseAddress = cluster.Gateway.Address, Timeout = TimeSpan.FromSeconds(30) };
        var path = $"/api/articles?tag=spread{Guid.NewGuid():N}";

        for (var i = 0; i < 40; i++)
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The request log is written asynchronously; wait for all 40 to show up before comparing.
        await Eventually.HoldsAsync(() => Task.FromResult(cluster.Backends.Sum(b => b.RequestsServed(path)) >= 40),
            TimeSpan.FromSeconds(10), "both instances to log their requests");
        var served = cluster.Backends.Select(b => b.RequestsServed(path)).ToList();
        output.WriteLine($"served: {string.Join(", ", served)}");
        Assert.Equal(40, served.Sum());
        Assert.All(served, count => Assert.InRange(count, 5, 35));
    }

    [Fact]
    public async Task Killing_an_instance_under_read_load_fails_no_request_and_takes_it_out_of_rotation_until_it_returns()
    {
        await cluster.BothBackendsInRotationAsync();
        var victim = cluster.Backends[1];

        // Kill once the victim is demonstrably serving, then keep the load going for four more seconds.
        var load = new ReadLoad(cluster.Gateway.Address, clients: 4, maxRequests: 8000, maxDuration: TimeSpan.FromSeconds(60));
        var running = load.RunAsync();
        await Eventually.HoldsAsync(() => Task.FromResult(victim.RequestsServed(ReadLoad.Path) >= 20 || running.IsCompleted),
            TimeSpan.FromSeconds(30), "the killed-to-be instance to serve part of the load");
        var servedByVictim = victim.RequestsServed(ReadLoad.Path);

        victim.Kill();
        var killed = Stopwatch.StartNew();
        load.StopIn(TimeSpan.FromSeconds(4));
        var outOfRotation = await Eventually.HoldsAsync(
            () => GatewayState.InRotationAsync(cluster.Gateway.Address, victim.Address, expected: false), Failover, "the gateway to take the killed instance out");
        var result = await running;

        output.WriteLine($"{result.Requests} GETs in {result.Elapsed.TotalSeconds:0.0} s, {result.Failures.Count} failed; "
            + $"victim served {servedByVictim} before the kill; out of rotation {outOfRotation.TotalMilliseconds:0} ms after it; "
            + $"retries logged by the gateway: {cluster.Gateway.LinesContaining("goes to another instance")}");

        // The counts depend on how busy the machine is; they only show that there was load on both sides of the kill.
        Assert.True(servedByVictim >= 20, "the killed instance was serving before it died");
        Assert.True(result.RequestsAfter(killed) >= 20, "the load went on after the kill");
        Assert.Empty(result.Failures);

        var returned = cluster.RestartBackend(1);
        await returned.WaitUntilReadyAsync(ServicesCluster.StartTimeout);
        var back = await Eventually.HoldsAsync(
            () => GatewayState.InRotationAsync(cluster.Gateway.Address, returned.Address, expected: true), Failover, "the gateway to use the instance again");
        output.WriteLine($"back in rotation {back.TotalMilliseconds:0} ms after it was ready again");

        using var client = new HttpClient { BaseAddress = cluster.Gateway.Address, Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 40 && returned.RequestsServed(ReadLoad.Path) == 0; i++)
        {
            using var response = await client.GetAsync(ReadLoad.Path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Eventually.HoldsAsync(() => Task.FromResult(returned.RequestsServed(ReadLoad.Path) > 0), TimeSpan.FromSeconds(10),
            "the restarted instance to serve a request");
    }
}
