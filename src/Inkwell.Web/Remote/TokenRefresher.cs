using System.Security.Cryptography;
using System.Text;
using Inkwell.Platform.Remote;
using Microsoft.Extensions.Caching.Memory;

namespace Inkwell.Web.Remote;

/// <summary>
/// Exchanges a refresh token at Identity (<c>POST /api/users/token</c>). Two requests of one browser may find the access
/// token expired at once; Identity treats a refresh token sent twice as stolen and revokes the sign-in, so the exchange
/// of one refresh token is shared, and its result kept for a short while, within this process.
/// </summary>
internal sealed class TokenRefresher(IHttpClientFactory clients, IMemoryCache recent)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(2);

    internal sealed record TokenRequest(TokenBody User);

    internal sealed record TokenBody(string RefreshToken);

    internal sealed record UserAnswer(UserBody User);

    internal sealed record UserBody(string Token, string? RefreshToken);

    /// <summary>The new pair, or null when Identity refuses the refresh token (expired, revoked, spent elsewhere).</summary>
    public async Task<TokenPair?> RefreshAsync(string refreshToken)
    {
        var key = "site-refresh:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        var exchange = recent.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            // The process's memory cache is bounded (Cache:MemoryLimitMegabytes), so every entry states its size.
            entry.Size = 1;
            // Not the request's cancellation: another request may be waiting on the same exchange.
            return new Lazy<Task<TokenPair?>>(() => ExchangeAsync(refreshToken, CancellationToken.None));
        })!;
        try
        {
            return await exchange.Value;
        }
        catch (ModuleUnavailableException)
        {
            recent.Remove(key);
            throw;
        }
    }

    /// <summary>Ends the sign-in at Identity (<c>POST /api/users/logout</c>): the refresh token and its family are revoked.</summary>
    public Task RevokeAsync(string refreshToken, CancellationToken cancellationToken) =>
        Identity().SendForStatusAsync(
            HttpMethod.Post, "api/users/logout", new TokenRequest(new TokenBody(refreshToken)), accessToken: null, value: true, cancellationToken);

    private async Task<TokenPair?> ExchangeAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var result = await Identity().SendAsync<UserAnswer, TokenPair?>(
            HttpMethod.Post,
            "api/users/token",
            new TokenRequest(new TokenBody(refreshToken)),
            accessToken: null,
            answer => answer.User.RefreshToken is { } renewed ? new TokenPair(answer.User.Token, renewed) : null,
            cancellationToken);
        return result.Value;
    }

    private ModuleHttp Identity() => new(clients.CreateClient(RemoteModules.IdentityClient), "identity");
}
