using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Inkwell.Platform.Api;

namespace Inkwell.Platform.Remote;

/// <summary>
/// One module's REST API as another module calls it: requests in the API's JSON, an access token (a person's or a service's) as
/// the bearer, answers turned back into the contract's results. The API's 4xx become the same failures (and field
/// errors) the module returns in-process; no answer, or a 5xx, is <see cref="ModuleUnavailableException"/>.
/// </summary>
public sealed class ModuleHttp(HttpClient http, string module)
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>The module called, as errors name it.</summary>
    public string Module => module;
    /// <summary>A query string of the parameters given (null values left out), or nothing.</summary>
    public static string Query(IEnumerable<(string Name, string? Value)> parameters)
    {
        var given = parameters.Where(p => p.Value is not null).Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join("&", given);
    }

    public async Task<T> GetAsync<T>(string path, string? accessToken, CancellationToken cancellationToken)
    {
        var result = await SendAsync<T, T>(HttpMethod.Get, path, body: null, accessToken, body => body, cancellationToken);
        return result.Value ?? throw new ModuleUnavailableException(module, $"GET {path} answered {result.Failure}");
    }

    public async Task<Result<T>> SendAsync<TBody, T>(
        HttpMethod method, string path, object? body, string? accessToken, Func<TBody, T> map, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body, accessToken, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadFromJsonAsync<TBody>(Json, cancellationToken)
                ?? throw new ModuleUnavailableException(module, $"{method} {path} answered without a body");
            return Result<T>.Ok(map(answer));
        }

        return await FailureAsync<T>(method, path, response, cancellationToken);
    }

    /// <summary>For answers without a body (204): the value is what the caller already knows.</summary>
    public async Task<Result<T>> SendForStatusAsync<T>(
        HttpMethod method, string path, object? body, string? accessToken, T value, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body, accessToken, cancellationToken);
        return response.IsSuccessStatusCode ? Result<T>.Ok(value) : await FailureAsync<T>(method, path, response, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", accessToken);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException error)
        {
            throw new ModuleUnavailableException(module, $"{method} {path} failed ({error.Message})", error);
        }
        catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModuleUnavailableException(module, $"{method} {path} got no answer within {http.Timeout.TotalSeconds:0} s", error);
        }

        if ((int)response.StatusCode >= 500)
        {
            response.Dispose();
            throw new ModuleUnavailableException(module, $"{method} {path} answered {(int)response.StatusCode}");
        }

        return response;
    }

    private async Task<Result<T>> FailureAsync<T>(HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var failure = response.StatusCode switch
        {
            HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity => FailureKind.Invalid,
            HttpStatusCode.NotFound => FailureKind.NotFound,
            HttpStatusCode.Forbidden => FailureKind.Forbidden,
            HttpStatusCode.Unauthorized => FailureKind.Unauthorized,
            _ => throw new ModuleUnavailableException(module, $"{method} {path} answered {(int)response.StatusCode}"),
        };
        var error = await ReadErrorAsync(response, cancellationToken) ?? ErrorResponse.For("request", $"was refused ({(int)response.StatusCode})");
        return Result<T>.Failed(failure, error);
    }

    private static async Task<ErrorResponse?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync<ErrorResponse>(Json, cancellationToken);
            return error?.Errors is { Count: > 0 } ? error : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
