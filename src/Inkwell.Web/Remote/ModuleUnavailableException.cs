namespace Inkwell.Web.Remote;

/// <summary>
/// A module the website calls over HTTP did not answer, or answered with a server error: the site shows its 503 page
/// (<see cref="Pages.ErrorModel"/>) rather than a half-drawn one.
/// </summary>
public sealed class ModuleUnavailableException(string module, string reason, Exception? inner = null)
    : Exception($"The {module} module is unavailable: {reason}.", inner)
{
    public string Module { get; } = module;
}

/// <summary>The signed-in person's tokens could not be renewed (revoked, expired, or never held): they must sign in again.</summary>
public sealed class SiteSessionExpiredException() : Exception("The site session's tokens could not be renewed; sign in again.");
