using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Inkwell.Platform.Api;

/// <summary>
/// Turns request-reading failures (malformed JSON, wrong types, missing body, oversized body)
/// into the API's error format, and anything unexpected into a bare 500 in the same format.
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The website shows its own error page; only API callers get the JSON error format.
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        var (status, error) = exception switch
        {
            BadHttpRequestException bad => (BadRequestStatus(bad), ErrorResponse.For("body", Describe(bad))),
            _ => (StatusCodes.Status500InternalServerError, ErrorResponse.For("server", "an unexpected error occurred")),
        };

        if (status >= 500)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        await httpContext.Response.WriteAsJsonAsync(error, cancellationToken);
        return true;
    }

    // Size and media-type problems keep their own status; everything else about the body is unprocessable.
    private static int BadRequestStatus(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType => bad.StatusCode,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static string Describe(BadHttpRequestException bad) => bad switch
    {
        { InnerException: JsonException { Path: { } path } } => $"is not valid JSON or has a value of the wrong type at {path}",
        { InnerException: JsonException } => "is not valid JSON",
        { StatusCode: StatusCodes.Status413PayloadTooLarge } => $"is too large (maximum is {RequestLimits.MaxBodyBytes} bytes)",
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } => "must be sent as application/json",
        _ when bad.Message.Contains("no body was provided", StringComparison.Ordinal)
            || bad.Message.Contains("was not provided", StringComparison.Ordinal) => "is required",
        _ => "could not be read",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
