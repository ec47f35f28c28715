namespace Inkwell.Gateway;

/// <summary>
/// The <c>Gateway</c> configuration section: where each module's instances are and how to treat them.
/// <code>
/// Gateway:Clusters:content:Destinations:0 = http://127.0.0.1:5201
/// Gateway:LoadBalancing = PowerOfTwoChoices
/// </code>
/// </summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>YARP's policy name: PowerOfTwoChoices (default), RoundRobin, LeastRequests or Random.</summary>
    public string LoadBalancing { get; set; } = "PowerOfTwoChoices";

    /// <summary>How long an instance may stay silent on one forwarded request before the gateway answers 504.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public GatewayHealthOptions HealthCheck { get; set; } = new();

    public GatewayRetryOptions Retry { get; set; } = new();

    /// <summary>One cluster per module the gateway routes to (identity, content, web), by module name.</summary>
    public Dictionary<string, GatewayClusterOptions> Clusters { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class GatewayClusterOptions
{
    /// <summary>Base addresses of the module's instances, e.g. <c>http://127.0.0.1:5201</c>.</summary>
    public List<string> Destinations { get; set; } = [];
}

public sealed class GatewayHealthOptions
{
    /// <summary>How often each instance's <c>/health/ready</c> is probed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A probe slower than this counts as a failure.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Consecutive failed probes that take an instance out of rotation.</summary>
    public int FailureThreshold { get; set; } = 2;

    /// <summary>
    /// How long an instance that failed live requests stays out before it is tried again; also the window
    /// over which its failure rate is measured (more than 30% failed, of at least 10 requests, takes it out).
    /// </summary>
    public TimeSpan ReactivationPeriod { get; set; } = TimeSpan.FromSeconds(10);
}

public sealed class GatewayRetryOptions
{
    /// <summary>Attempts per request, the first included; 1 turns retries off.</summary>
    public int MaxAttempts { get; set; } = 3;
}
