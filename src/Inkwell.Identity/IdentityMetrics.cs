using System.Diagnostics.Metrics;

namespace Inkwell.Identity;

/// <summary>Identity's business counters, counted where the use case succeeds.</summary>
internal static class IdentityMetrics
{
    public const string MeterName = "Inkwell.Identity";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> SignUps = Meter.CreateCounter<long>("inkwell.users.registered", "{user}", "Accounts created by signing up.");
}
