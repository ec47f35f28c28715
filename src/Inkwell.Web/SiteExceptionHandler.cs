using Inkwell.Platform.Remote;
using Inkwell.Web.Remote;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Inkwell.Web;

/// <summary>
/// A page that fails answers with a bare status, which <see cref="SiteErrorPages"/> shows as the site's error page: 503
/// when a module the site calls over HTTP did not answer (the site itself is fine), 500 for anything else. API paths
/// are left to the API's own handler.
/// </summary>
internal sealed partial class SiteExceptionHandler(ILogger<SiteExceptionHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Request.Path.StartsWithSegments("/api") || httpContext.Response.HasStarted)
        {
            return ValueTask.FromResult(false);
        }

        if (exception is ModuleUnavailableException unavailable)
        {
            LogUnavailable(logger, unavailable.Module, httpContext.Request.Path, unavailable.Message);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        else
        {
            LogFailure(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }

        return ValueTask.FromResult(true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Module} module did not answer for {Path}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string module, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on page {Method} {Path}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path);
}
