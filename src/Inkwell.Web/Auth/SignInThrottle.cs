using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Inkwell.Web.Auth;

public sealed class SignInThrottleOptions
{
    public const string Section = "Web:SignInThrottle";

    public int AttemptsPerAddress { get; set; } = 20;

    public int AttemptsPerAccount { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Slows password guessing on the sign-in form: a few attempts per window for each account, and a few
/// more for each address, so neither one attacker nor a spread of addresses against one account gets far.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options) : IDisposable
{
    private readonly SignInThrottleOptions _options = options.Value;
    private readonly PartitionedRateLimiter<string> _limiter = CreateLimiter(options.Value);

    /// <summary>True when another attempt is allowed; otherwise how long to wait.</summary>
    public bool TryAttempt(string? remoteAddress, string? email, out TimeSpan retryAfter)
    {
        using var byAddress = _limiter.AttemptAcquire($"address:{remoteAddress ?? "unknown"}");
        using var byAccount = _limiter.AttemptAcquire($"account:{(email ?? "").Trim().ToLowerInvariant()}");

        retryAfter = new[] { byAddress, byAccount }
            .Where(lease => !lease.IsAcquired)
            .Select(lease => lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _options.Window)
            .DefaultIfEmpty(TimeSpan.Zero)
            .Max();
        return byAddress.IsAcquired && byAccount.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    private static PartitionedRateLimiter<string> CreateLimiter(SignInThrottleOptions options) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = key.StartsWith("address:", StringComparison.Ordinal) ? options.AttemptsPerAddress : options.AttemptsPerAccount,
            Window = options.Window,
            QueueLimit = 0,
        }));
}
