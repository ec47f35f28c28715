using Yarp.ReverseProxy.Configuration;

namespace Inkwell.Gateway;

/// <summary>
/// Which module answers which paths. This is part of the product, not of a deployment, so it lives in
/// code; only where the instances are comes from configuration.
/// </summary>
internal static class GatewayRoutes
{
    public const string Identity = "identity";
    public const string Content = "content";
    public const string Web = "web";
    public const string Worker = "worker";

    public static readonly IReadOnlyList<string> Clusters = [Identity, Content, Web, Worker];

    private static readonly (string Cluster, string Path)[] Table =
    [
        (Identity, "/api/users/{**rest}"),
        (Identity, "/api/user/{**rest}"),
        (Identity, "/api/profiles/{**rest}"),
        (Identity, "/.well-known/{**rest}"),
        (Content, "/api/articles/{**rest}"),
        (Content, "/api/tags/{**rest}"),
        (Identity, "/api/admin/identity/{**rest}"),
        (Content, "/api/admin/content/{**rest}"),
        (Worker, "/api/admin/worker/{**rest}"),
        (Web, "/{**rest}"),
    ];

    public static IReadOnlyList<RouteConfig> Build() =>
    [
        .. Table.Select((route, index) => new RouteConfig
        {
            RouteId = $"{route.Cluster}-{index}",
            ClusterId = route.Cluster,
            Match = new RouteMatch { Path = route.Path },

            // The site's catch-all comes last, after the module routes and the gateway's own /health endpoints.
            Order = route.Cluster == Web ? int.MaxValue : null,
        }),
    ];
}
