using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Tests.Api.Services;

/// <summary>The all-in-one host with one service client configured, as scripts/cluster configures the worker's.</summary>
public sealed class ServiceClientFactory : Inkwell.Tests.Infrastructure.InkwellFactory
{
    public const string ClientId = "worker";

    public static readonly string Secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Auth:ServiceClients:{ClientId}:Secret", Secret);
    }

    /// <summary>A service token, as the worker gets one.</summary>
    public async Task<string> ServiceTokenAsync()
    {
        using var response = await CreateClient().PostAsJsonAsync("/api/users/service-token", new { client = new { id = ClientId, secret = Secret } });
        var json = await Inkwell.Tests.Infrastructure.ResponseAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        return json["client"]!["token"]!.GetValue<string>();
    }
}
