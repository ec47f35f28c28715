using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Inkwell.Platform.Api;

/// <summary>Keeps every API answer in the error format, including the ones the framework writes itself.</summary>
public static class ApiStatusCodes
{
    /// <summary>Refuses an oversized body up front, whatever server runs the app (Kestrel also stops chunked bodies at the limit).</summary>
    public static void UseRequestBodyLimit(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.Response.WriteAsJsonAsync(ErrorResponse.For("body", $"is too large (maximum is {RequestLimits.MaxBodyBytes} bytes)"));
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        }

        await next(context);
    });

    /// <summary>Gives bodiless 4xx answers under /api (a role that may not, unknown route, wrong method, wrong media type) an error body.</summary>
    public static void UseApiStatusCodeBodies(this WebApplication app) => app.UseWhen(
        context => context.Request.Path.StartsWithSegments("/api"),
        api => api.UseStatusCodePages(WriteErrorBodyAsync));

    private static async Task WriteErrorBodyAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var error = http.Response.StatusCode switch
        {
            StatusCodes.Status403Forbidden => ErrorResponse.For("role", "does not allow this"),
            StatusCodes.Status404NotFound => ErrorResponse.For("path", "not found"),
            StatusCodes.Status405MethodNotAllowed => ErrorResponse.For("method", $"{http.Request.Method} is not allowed here"),
            StatusCodes.Status415UnsupportedMediaType => ErrorResponse.For("body", "must be sent as application/json"),
            _ => null,
        };

        if (error is not null)
        {
            await http.Response.WriteAsJsonAsync(error);
        }
    }
}
