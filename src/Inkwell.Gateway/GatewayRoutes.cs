using Inkwell.Platform;
using Inkwell.Platform.Modules;
using Yarp.ReverseProxy.Configuration;

namespace Inkwell.Gateway;

/// <summary>
/// Which module answers which paths: each module declares its own (<see cref="IModule.PathPrefixes"/>), and every
/// module that declares any is a cluster. Part of the product, not of a deployment, so it lives in code; only where
/// the instances are comes from configuration.
/// </summary>
internal sealed class GatewayRoutes
{
    private const string CatchAll = "/";

    private readonly (string Cluster, string Prefix)[] _table;

    public GatewayRoutes(IEnumerable<IModule> modules)
    {
        _table = [.. modules.SelectMany(m => m.PathPrefixes.Select(prefix => (m.Name, prefix)))];
        var wrong = _table.FirstOrDefault(route => !route.Prefix.StartsWith('/') || (route.Prefix != CatchAll && route.Prefix.EndsWith('/')));
        if (wrong != default)
        {
            throw new ConfigurationException($"Module '{wrong.Cluster}' declares the path prefix '{wrong.Prefix}'; a prefix starts with '/' and does not end with one.");
        }

        var shared = _table.GroupBy(route => route.Prefix, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new ConfigurationException($"Modules {string.Join(" and ", shared.Select(r => $"'{r.Cluster}'"))} both declare the path prefix '{shared.Key}'.");
        }

        Clusters = [.. _table.Select(route => route.Cluster).Distinct()];
    }

    /// <summary>The modules that answer paths, in the order given: one cluster each.</summary>
    public IReadOnlyList<string> Clusters { get; }

    public IReadOnlyList<RouteConfig> Build() =>
    [
        .. _table.Select((route, index) => new RouteConfig
        {
            RouteId = $"{route.Cluster}-{index}",
            ClusterId = route.Cluster,
            Match = new RouteMatch { Path = route.Prefix == CatchAll ? "/{**rest}" : $"{route.Prefix}/{{**rest}}" },

            // The catch-all comes last, after the module routes and the gateway's own /health endpoints.
            Order = route.Prefix == CatchAll ? int.MaxValue : null,
        }),
    ];
}
