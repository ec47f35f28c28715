using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Gives every successful GET of an endpoint that opts into response caching a strong ETag (a hash of the exact bytes
/// sent) and answers <c>304 Not Modified</c> when the request's <c>If-None-Match</c> names it: signed-in readers
/// included, whose responses are never cached but still need not travel twice. Sits inside the output cache, so a
/// cached response keeps its ETag and the output cache answers conditional requests for it.
/// </summary>
internal sealed class StrongETags(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsCandidate(context))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var etag = $"\"{Base64Url(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))}\"";
            response.Headers.ETag = etag;
            if (Matches(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool IsCandidate(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return false;
        }

        var metadata = context.GetEndpoint()?.Metadata;
        return metadata?.GetMetadata<IOutputCachePolicy>() is not null || metadata?.GetMetadata<OutputCacheAttribute>() is not null;
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        foreach (var value in request.Headers.IfNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var candidate in value.Split(','))
            {
                var tag = candidate.Trim();
                if (tag == "*" || tag == etag)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Base64Url(byte[] hash) => Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
