namespace Inkwell.Cli.Health;

/// <summary>Where an engine listens, read from the value of its configuration key.</summary>
internal sealed record EngineEndpoint(string Host, int Port)
{
    /// <summary>
    /// A URL (<c>amqp://user:pass@host:5672/</c>, <c>redis://host:6379</c>) or a Redis configuration string
    /// (<c>host:6379,password=…</c>): the first host and its port, or the default port. Null when it names no host.
    /// </summary>
    public static EngineEndpoint? Parse(string value, int defaultPort)
    {
        var first = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(part => !part.Contains('=', StringComparison.Ordinal));
        if (first is null)
        {
            return null;
        }

        if (first.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(first, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                return null;
            }

            var port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort(uri.Scheme, defaultPort) : uri.Port;
            return new EngineEndpoint(uri.Host.Trim('[', ']'), port);
        }

        // host, host:port, [v6]:port
        var colon = first.LastIndexOf(':');
        var bracketed = first.StartsWith('[');
        if (colon > 0 && (!bracketed || first[colon - 1] == ']') && int.TryParse(first[(colon + 1)..], out var given))
        {
            return new EngineEndpoint(first[..colon].Trim('[', ']'), given);
        }

        return new EngineEndpoint(first.Trim('[', ']'), defaultPort);
    }

    private static int DefaultPort(string scheme, int fallback) => scheme.ToLowerInvariant() switch
    {
        "amqp" => 5672,
        "amqps" => 5671,
        "redis" => 6379,
        "rediss" => 6380,
        _ => fallback,
    };

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
