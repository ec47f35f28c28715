using Inkwell.Platform.Auth;
using Inkwell.Platform.Remote;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Inkwell.Web.Remote;

/// <summary>
/// The signed-in person's Identity tokens for one request of the website, when it calls the other modules over HTTP.
/// The site's cookie holds them (encrypted, like the rest of the cookie); an access token about to expire is renewed
/// with the refresh token and the cookie written again.
/// </summary>
internal sealed class SiteTokens(IHttpContextAccessor accessor, TokenRefresher refresher, TimeProvider clock)
{
    public const string AccessTokenName = "access_token";
    public const string RefreshTokenName = "refresh_token";

    private TokenPair? _current;

    /// <summary>Tokens Identity issued during this request (sign-up, sign-in, settings): the cookie written next keeps them.</summary>
    public TokenPair? Issued { get; private set; }

    public void Issue(TokenPair tokens) => Issued = _current = tokens;

    /// <summary>The access token to send on behalf of <paramref name="userId"/>; null for an anonymous read.</summary>
    public async Task<string?> ForReaderAsync(long? userId) => userId is { } id ? await ForUserAsync(id) : null;

    /// <summary>The access token of the person signed in to this request (the back office acts as them).</summary>
    public async Task<string> ForSignedInAsync()
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("Tokens are read from the site's request.");
        return http.User.FindUserId() is { } userId ? await ForUserAsync(userId) : throw await ExpiredAsync(http);
    }

    public async Task<string> ForUserAsync(long userId)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("Tokens are read from the site's request.");
        var tokens = _current ?? await ReadCookieAsync(http) ?? throw await ExpiredAsync(http);
        if (tokens.UserId != userId)
        {
            throw new InvalidOperationException("The website calls the other modules only on behalf of the person signed in.");
        }

        if (tokens.ExpiresSoon(clock.GetUtcNow()))
        {
            tokens = await refresher.RefreshAsync(tokens.RefreshToken) ?? throw await ExpiredAsync(http);
            Issue(tokens);
            await RewriteCookieAsync(http, tokens);
        }

        _current = tokens;
        return tokens.AccessToken;
    }

    /// <summary>The refresh token the cookie holds, to revoke at sign-out.</summary>
    public async Task<string?> RefreshTokenAsync() =>
        accessor.HttpContext is { } http ? (_current ?? await ReadCookieAsync(http))?.RefreshToken : null;

    public static void Store(AuthenticationProperties properties, TokenPair tokens) => properties.StoreTokens(
    [
        new AuthenticationToken { Name = AccessTokenName, Value = tokens.AccessToken },
        new AuthenticationToken { Name = RefreshTokenName, Value = tokens.RefreshToken },
    ]);

    private static async Task<TokenPair?> ReadCookieAsync(HttpContext http)
    {
        var cookie = await http.AuthenticateAsync(AuthSchemes.SiteCookie);
        return cookie.Properties?.GetTokenValue(AccessTokenName) is { } access && cookie.Properties.GetTokenValue(RefreshTokenName) is { } refresh
            ? new TokenPair(access, refresh)
            : null;
    }

    private static async Task RewriteCookieAsync(HttpContext http, TokenPair tokens)
    {
        var cookie = await http.AuthenticateAsync(AuthSchemes.SiteCookie);
        if (cookie is { Succeeded: true, Properties: { } properties } && !http.Response.HasStarted)
        {
            Store(properties, tokens);
            await http.SignInAsync(AuthSchemes.SiteCookie, cookie.Principal, properties);
        }
    }

    /// <summary>A session whose tokens cannot be renewed is over: the cookie goes, and the person signs in again.</summary>
    private static async Task<SiteSessionExpiredException> ExpiredAsync(HttpContext http)
    {
        if (!http.Response.HasStarted)
        {
            await http.SignOutAsync(AuthSchemes.SiteCookie);
        }

        return new SiteSessionExpiredException();
    }
}
