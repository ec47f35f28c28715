using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed class TokenLifetimeTests(InkwellFactory factory)
{
    [Fact]
    public async Task Tokens_last_three_days_by_default()
    {
        var user = await factory.CreateApiClient().RegisterAsync();

        Assert.Equal(TimeSpan.FromDays(3), Lifetime(user.Token));
    }

    [Fact]
    public async Task The_token_lifetime_comes_from_configuration()
    {
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Auth:TokenLifetime", "01:30:00"));

        var user = await new ApiClient(configured.CreateClient()).RegisterAsync();

        Assert.Equal(TimeSpan.FromMinutes(90), Lifetime(user.Token));
    }

    private static TimeSpan Lifetime(string token)
    {
        var jwt = new JsonWebToken(token);
        return jwt.ValidTo - jwt.IssuedAt;
    }
}
