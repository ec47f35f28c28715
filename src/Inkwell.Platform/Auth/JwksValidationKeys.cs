using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Platform.Auth;

/// <summary>
/// The keys Identity publishes, for a process that does not sign tokens itself. They are fetched when a
/// token names a key not seen yet (so a rotation is picked up at once) and again after an hour (so a
/// removed key stops validating), and never more than once per <see cref="MinimumRefreshInterval"/>: a flood of
/// tokens with made-up key ids cannot turn into a flood of requests to Identity.
/// </summary>
public sealed partial class JwksValidationKeys(HttpClient http, Uri url, TimeProvider clock, ILogger<JwksValidationKeys> logger)
    : ITokenValidationKeys, IDisposable
{
    public const string HttpClientName = "jwks";
    public static readonly TimeSpan MaximumAge = TimeSpan.FromHours(1);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private volatile Snapshot _snapshot = new([], DateTimeOffset.MinValue, DateTimeOffset.MinValue);

    /// <summary>The source for a process without the identity module; <c>Auth:JwksUrl</c> must say where Identity is.</summary>
    public static JwksValidationKeys Create(IServiceProvider services)
    {
        var configured = services.GetRequiredService<AuthOptions>().JwksUrl;
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ConfigurationException(
                "Auth:JwksUrl is not set to an http(s) URL. A process without the identity module validates tokens with the keys "
                + "Identity publishes; set it to Identity's key set, for example Auth__JwksUrl=http://identity:8080/.well-known/jwks.json.");
        }

        return new JwksValidationKeys(
            services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            url,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<JwksValidationKeys>>());
    }

    public async ValueTask PrepareAsync(string token, CancellationToken cancellationToken)
    {
        var keyId = KeyIdOf(token);
        var seen = _snapshot;
        var now = clock.GetUtcNow();
        var known = keyId is null || seen.Keys.Any(k => k.KeyId == keyId);
        var due = !known || now - seen.FetchedAt >= MaximumAge;
        if (!due || now - seen.AttemptedAt < MinimumRefreshInterval)
        {
            return;
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            // Another request fetched while this one waited: its result is as fresh as this one's would be.
            if (!ReferenceEquals(_snapshot, seen))
            {
                return;
            }

            _snapshot = await FetchAsync(seen, cancellationToken);
        }
        finally
        {
            _fetching.Release();
        }
    }

    public IEnumerable<SecurityKey> Find(string? keyId) => _snapshot.Keys.Where(k => k.KeyId == keyId);

    public void Dispose() => _fetching.Dispose();

    private async Task<Snapshot> FetchAsync(Snapshot previous, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            var json = await http.GetStringAsync(url, cancellationToken);
            var keys = new JsonWebKeySet(json).GetSigningKeys().Where(k => k.KeyId is { Length: > 0 }).ToList();
            return new Snapshot(keys, now, now);
        }
        catch (Exception error) when (error is HttpRequestException or ArgumentException
            || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Identity is unreachable or answered nonsense: keep the keys already known and try again later.
            LogFetchFailed(logger, url, error.Message);
            return previous with { AttemptedAt = now };
        }
    }

    // Tokens without a readable key id need no fetch: no key will ever match them.
    private static string? KeyIdOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Kid is { Length: > 0 } kid ? kid : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch the token signing keys from {Url}: {Reason}")]
    private static partial void LogFetchFailed(ILogger logger, Uri url, string reason);

    private sealed record Snapshot(IReadOnlyList<SecurityKey> Keys, DateTimeOffset FetchedAt, DateTimeOffset AttemptedAt);
}
