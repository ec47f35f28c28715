using System.Threading.RateLimiting;

namespace Inkwell.Platform.RateLimiting;

/// <summary>
/// Failed sign-ins per account (<c>RateLimits:FailedSignIns</c>), for password guessing spread over many
/// addresses. Only failures count, so someone who knows their password is never held up by their own
/// sign-ins; once an account has used up its failures, every attempt waits for the window to turn.
/// The API's login and the site's sign-in form both ask it.
/// </summary>
public sealed class FailedSignIns(RateLimitOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        account => RateLimitPartition.GetFixedWindowLimiter(account, _ => options.FailedSignIns.ToFixedWindow()));

    /// <summary>True when the account may try now; otherwise how long until it may.</summary>
    public bool MayTry(string? email, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!options.Enabled)
        {
            return true;
        }

        // Asking for no permit only looks: it fails once the window's failures are used up.
        using var lease = _limiter.AttemptAcquire(KeyOf(email), permitCount: 0);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.FailedSignIns.Window;
        return false;
    }

    public void Record(string? email)
    {
        if (options.Enabled)
        {
            using var lease = _limiter.AttemptAcquire(KeyOf(email));
        }
    }

    public void Dispose() => _limiter.Dispose();

    private static string KeyOf(string? email) => (email ?? "").Trim().ToUpperInvariant();
}
