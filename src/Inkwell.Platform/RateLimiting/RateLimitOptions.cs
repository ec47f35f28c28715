namespace Inkwell.Platform.RateLimiting;

/// <summary>One limit: at most <see cref="PermitLimit"/> requests in each <see cref="Window"/>.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public static RateLimit PerMinute(int permits) => new() { PermitLimit = permits };
}

/// <summary>The <c>RateLimits</c> section: how much each kind of client may ask (see decision 0013).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Every request of an anonymous client, counted per client address.</summary>
    public RateLimit Anonymous { get; set; } = RateLimit.PerMinute(600);

    /// <summary>Every request of a signed-in user, counted per user, wherever they send it from.</summary>
    public RateLimit SignedIn { get; set; } = RateLimit.PerMinute(1200);

    /// <summary>Sign-in and sign-up attempts (API and site), counted per client address.</summary>
    public RateLimit SignIn { get; set; } = RateLimit.PerMinute(20);

    /// <summary>Failed sign-ins per account, wherever they come from: password guessing spread over many addresses.</summary>
    public RateLimit FailedSignIns { get; set; } = RateLimit.PerMinute(5);

    internal void Validate()
    {
        foreach (var (name, limit) in new[] { (nameof(Anonymous), Anonymous), (nameof(SignedIn), SignedIn), (nameof(SignIn), SignIn), (nameof(FailedSignIns), FailedSignIns) })
        {
            if (limit.PermitLimit < 1 || limit.Window <= TimeSpan.Zero)
            {
                throw new ConfigurationException(
                    $"{Section}:{name} needs a PermitLimit of at least 1 and a positive Window (it has {limit.PermitLimit} per {limit.Window}).");
            }
        }
    }
}
