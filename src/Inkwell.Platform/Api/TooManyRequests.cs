using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Inkwell.Platform.Api;

/// <summary>
/// 429 with Retry-After (whole seconds, at least 1): under /api in the error format,
/// <c>{"errors":{"rate":["too many requests, try again in 12 seconds"]}}</c>; on the site a short page.
/// </summary>
public sealed class TooManyRequests(TimeSpan retryAfter) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int StatusCode => StatusCodes.Status429TooManyRequests;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public TimeSpan RetryAfter => retryAfter;

    public static int SecondsOf(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    public static string Message(TimeSpan retryAfter) => $"too many requests, try again in {SecondsOf(retryAfter)} seconds";

    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, retryAfter, httpContext.RequestAborted);

    public static async Task WriteAsync(HttpContext context, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = SecondsOf(retryAfter).ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await response.WriteAsJsonAsync(ErrorResponse.For("rate", Message(retryAfter)), cancellationToken);
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"<!doctype html><html lang=\"en\"><title>Too many requests</title><h1>Too many requests</h1><p>Please try again in {SecondsOf(retryAfter)} seconds.</p></html>",
            cancellationToken);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ErrorResponse), ["application/json"]));
}
