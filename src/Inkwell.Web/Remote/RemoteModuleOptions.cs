using Inkwell.Platform;
using Microsoft.Extensions.Configuration;

namespace Inkwell.Web.Remote;

/// <summary>
/// Where the website finds the modules it does not run: <c>Services:Identity</c> and <c>Services:Content</c>, each
/// defaulting to <c>Services:Gateway</c> (the gateway sends every path to the module that owns it); and
/// <c>Services:Worker</c> (the same default) for the back office's jobs, or none: then the site shows no jobs.
/// </summary>
internal sealed record RemoteModuleOptions(Uri Identity, Uri Content, Uri? Worker, TimeSpan Timeout)
{
    public const string Section = "Services";

    public static RemoteModuleOptions From(IConfiguration configuration, bool needsIdentity, bool needsContent)
    {
        var section = configuration.GetSection(Section);
        var gateway = section["Gateway"];
        return new RemoteModuleOptions(
            Address(section["Identity"] ?? gateway, "Identity", needsIdentity),
            Address(section["Content"] ?? gateway, "Content", needsContent),
            Uri.TryCreate(section["Worker"] ?? gateway, UriKind.Absolute, out var worker) && worker.Scheme is "http" or "https"
                ? new Uri(worker.ToString().TrimEnd('/') + "/")
                : null,
            TimeSpan.TryParse(section["Timeout"], System.Globalization.CultureInfo.InvariantCulture, out var timeout) ? timeout : TimeSpan.FromSeconds(30));
    }

    private static Uri Address(string? value, string module, bool needed)
    {
        if (!needed)
        {
            return new Uri("http://127.0.0.1/");
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? new Uri(address.ToString().TrimEnd('/') + "/")
            : throw new ConfigurationException(
                $"The web module runs without the {module.ToLowerInvariant()} module, so it calls it over HTTP: set {Section}:{module} "
                + $"or {Section}:Gateway to an http(s) base address (it was '{value}').");
    }
}
