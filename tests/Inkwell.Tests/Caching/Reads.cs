using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Inkwell.Tests.Caching;

/// <summary>A GET as a client that keeps what it was sent: the status, the body and the ETag.</summary>
public sealed record Read(HttpStatusCode Status, string Body, string? ETag)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    /// <summary>GETs <paramref name="url"/>, as <paramref name="token"/>'s user when given, revalidating <paramref name="etag"/> when given.</summary>
    public static async Task<Read> GetAsync(HttpClient http, string url, string? etag = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", token);
        }

        using var response = await http.SendAsync(request);
        return new Read(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.ETag?.ToString());
    }

    /// <summary>GETs twice, so the response is in the output cache (anonymous) before the test writes.</summary>
    public static async Task<Read> PrimedAsync(HttpClient http, string url, string? token = null)
    {
        await GetAsync(http, url, token: token);
        var read = await GetAsync(http, url, token: token);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.NotNull(read.ETag);
        return read;
    }
}
