namespace Inkwell.Platform.Remote;

/// <summary>
/// A module called over HTTP did not answer, or answered with a server error: the website shows its 503 page rather
/// than a half-drawn one, and a worker's job fails and is retried later.
/// </summary>
public sealed class ModuleUnavailableException(string module, string reason, Exception? inner = null)
    : Exception($"The {module} module is unavailable: {reason}.", inner)
{
    public string Module { get; } = module;
}
