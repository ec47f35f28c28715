using Inkwell.Platform.Api;

namespace Inkwell.Platform.Remote;

/// <summary>
/// The service access token of a module acting for no user (the worker), from Identity's
/// <c>POST /api/users/service-token</c> (docs/decisions/0018). One token serves every call until shortly before it expires;
/// a token a module refuses (a rotated key, a restarted Identity with other secrets) is dropped and the call made once more.
/// </summary>
public sealed class ServiceTokens(IHttpClientFactory clients, ServiceClientOptions client, TimeProvider clock) : IDisposable
{
    public const string IdentityClientName = "inkwell-service-identity";

    /// <summary>Renewed this long before it expires, so a token never runs out between two modules.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private volatile IssuedToken? _current;

    internal sealed record Request(ClientBody Client);

    internal sealed record ClientBody(string Id, string Secret);

    internal sealed record Answer(IssuedToken Client);

    internal sealed record IssuedToken(string Token, DateTime ExpiresAt);

    /// <summary>
    /// Calls a module's service endpoint with the token. A 401 means the token is no longer accepted: one retry with a
    /// new one. A 401 or 403 after that is a client Identity does not know, or that may not do this: the module is
    /// unusable for this caller until an operator fixes the configuration.
    /// </summary>
    public async Task<Result<T>> SendAsync<TBody, T>(
        ModuleHttp module, HttpMethod method, string path, object? body, Func<TBody, T> map, CancellationToken cancellationToken)
    {
        var token = await GetAsync(cancellationToken);
        var result = await module.SendAsync<TBody, T>(method, path, body, token, map, cancellationToken);
        if (result.Failure == FailureKind.Unauthorized)
        {
            Forget(token);
            result = await module.SendAsync<TBody, T>(method, path, body, await GetAsync(cancellationToken), map, cancellationToken);
        }

        return result.Failure is FailureKind.Unauthorized or FailureKind.Forbidden
            ? throw new ModuleUnavailableException(module.Module, $"{method} {path} refused the service token of '{client.ClientId}' ({result.Error?.Describe()})")
            : result;
    }

    public void Dispose() => _fetching.Dispose();

    private async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && !ExpiresSoon(fresh))
        {
            return fresh.Token;
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (_current is not { } current || ExpiresSoon(current))
            {
                _current = current = await FetchAsync(cancellationToken);
            }

            return current.Token;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private void Forget(string token)
    {
        if (_current?.Token == token)
        {
            _current = null;
        }
    }

    private bool ExpiresSoon(IssuedToken token) => token.ExpiresAt <= clock.GetUtcNow().UtcDateTime + Margin;

    private async Task<IssuedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var identity = new ModuleHttp(clients.CreateClient(IdentityClientName), "identity");
        var result = await identity.SendAsync<Answer, IssuedToken>(
            HttpMethod.Post, "api/users/service-token", new Request(new ClientBody(client.ClientId, client.ClientSecret)), accessToken: null,
            answer => answer.Client, cancellationToken);
        return result.Value ?? throw new ModuleUnavailableException(
            "identity", $"it refused the service client '{client.ClientId}' ({result.Error?.Describe()}); check Services:ClientSecret against Auth:ServiceClients");
    }
}
