using Microsoft.Extensions.Configuration;

namespace Inkwell.Platform.Remote;

/// <summary>
/// Who a module acting for no user (the worker) is at Identity: <c>Services:ClientId</c> (the module's name unless set)
/// and <c>Services:ClientSecret</c>, the secret Identity knows the client by (<c>Auth:ServiceClients:&lt;id&gt;:Secret</c>).
/// The secret is never in the repository; scripts/cluster generates one per cluster.
/// </summary>
public sealed record ServiceClientOptions(string ClientId, string ClientSecret)
{
    public static ServiceClientOptions From(IConfiguration configuration, string caller)
    {
        var section = configuration.GetSection(RemoteModuleOptions.Section);
        var secret = section["ClientSecret"];
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ConfigurationException(
                $"The {caller} module calls Identity and Content over HTTP as a service acting for no user: set {RemoteModuleOptions.Section}:ClientSecret "
                + $"to the secret Identity has for it at Auth:ServiceClients:{section["ClientId"] ?? caller}:Secret.");
        }

        return new ServiceClientOptions(section["ClientId"] is { Length: > 0 } id ? id : caller, secret);
    }
}
