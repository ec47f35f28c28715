using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Caches whole responses to anonymous GETs, keyed by the write generations of every module's database: any commit, in
/// any process sharing them, makes every response cached before it unreachable (no list of keys to evict that a new
/// feature could forget). A request that carries a token or a signed-in cookie is never cached nor served from the
/// cache: its response shows what the reader follows and favors. Neither are responses that set a cookie or forbid
/// storing (an antiforgery token), nor any response when the generations cannot be read.
/// </summary>
internal sealed class AnonymousReadsPolicy : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var settings = http.RequestServices.GetRequiredService<IOptions<CacheOptions>>().Value;
        if (!settings.Enabled || !settings.Output.Enabled || !IsAnonymousRead(http)
            || http.RequestServices.GetService<RemoteModuleResponses>() is not null)
        {
            return;
        }

        var snapshot = await http.RequestServices.GetRequiredService<ICacheGenerations>().SnapshotAsync(cancellation);
        if (snapshot is null)
        {
            return;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Concurrent misses of one response wait for the first instead of each rendering it.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = settings.Output.Expiration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = HeaderNames.Origin;
        context.CacheVaryByRules.VaryByValues["generations"] = snapshot;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.Any(value => value is not null && (value.Contains("no-store") || value.Contains("private"))))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsAnonymousRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && http.Request.Headers.Authorization.Count == 0
        && http.User.Identity?.IsAuthenticated != true;
}
