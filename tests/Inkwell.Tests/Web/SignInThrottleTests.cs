using Inkwell.Web.Auth;
using Microsoft.Extensions.Options;

namespace Inkwell.Tests.Web;

public sealed class SignInThrottleTests
{
    private static SignInThrottle Throttle(int perAddress, int perAccount) =>
        new(Options.Create(new SignInThrottleOptions { AttemptsPerAddress = perAddress, AttemptsPerAccount = perAccount, Window = TimeSpan.FromMinutes(1) }));

    [Fact]
    public void One_account_gets_a_few_attempts_then_must_wait()
    {
        using var throttle = Throttle(perAddress: 100, perAccount: 3);

        var allowed = Enumerable.Range(0, 3).All(i => throttle.TryAttempt($"10.0.0.{i}", "Ada@Example.com", out _));
        var fourth = throttle.TryAttempt("10.0.0.9", "ada@example.com ", out var retryAfter);

        Assert.True(allowed);
        Assert.False(fourth);
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void One_address_cannot_spray_many_accounts()
    {
        using var throttle = Throttle(perAddress: 2, perAccount: 100);

        Assert.True(throttle.TryAttempt("10.1.1.1", "a@example.com", out _));
        Assert.True(throttle.TryAttempt("10.1.1.1", "b@example.com", out _));
        Assert.False(throttle.TryAttempt("10.1.1.1", "c@example.com", out _));
        Assert.True(throttle.TryAttempt("10.1.1.2", "c@example.com", out _));
    }
}
