using Microsoft.Extensions.Configuration;

namespace Inkwell.Platform.Remote;

/// <summary>
/// Where a module finds the modules it calls but does not run: <c>Services:Identity</c> and <c>Services:Content</c>,
/// each defaulting to <c>Services:Gateway</c> (the gateway sends every path to the module that owns it); and
/// <c>Services:Worker</c> (the same default) for the back office's jobs, or none: then the site shows no jobs.
/// </summary>
public sealed record RemoteModuleOptions(Uri Identity, Uri Content, Uri? Worker, TimeSpan Timeout)
{
    public const string Section = "Services";

    /// <param name="caller">The module that makes the calls, named in the error when an address is missing.</param>
    public static RemoteModuleOptions From(IConfiguration configuration, string caller, bool needsIdentity, bool needsContent)
    {
        var section = configuration.GetSection(Section);
        var gateway = section["Gateway"];
        return new RemoteModuleOptions(
            Address(section["Identity"] ?? gateway, caller, "Identity", needsIdentity),
            Address(section["Content"] ?? gateway, caller, "Content", needsContent),
            Uri.TryCreate(section["Worker"] ?? gateway, UriKind.Absolute, out var worker) && worker.Scheme is "http" or "https"
                ? new Uri(worker.ToString().TrimEnd('/') + "/")
                : null,
            TimeSpan.TryParse(section["Timeout"], System.Globalization.CultureInfo.InvariantCulture, out var timeout) ? timeout : TimeSpan.FromSeconds(30));
    }

    private static Uri Address(string? value, string caller, string module, bool needed)
    {
        if (!needed)
        {
            return new Uri("http://127.0.0.1/");
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? new Uri(address.ToString().TrimEnd('/') + "/")
            : throw new ConfigurationException(
                $"The {caller} module runs without the {module.ToLowerInvariant()} module, so it calls it over HTTP: set {Section}:{module} "
                + $"or {Section}:Gateway to an http(s) base address (it was '{value}').");
    }
}
