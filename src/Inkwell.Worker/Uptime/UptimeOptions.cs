namespace Inkwell.Worker.Uptime;

/// <summary>The <c>Uptime</c> configuration section: the URLs the monitor probes.</summary>
internal sealed class UptimeOptions
{
    public const string Section = "Uptime";

    public List<UptimeCheck> Checks { get; set; } = [];

    /// <summary>A probe that has not answered after this long counts as down.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Results older than this are deleted by the monitor itself.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7);
}

/// <param name="Interval">How often to probe; the monitor job fires every 15 seconds, so shorter intervals act as 15 seconds.</param>
internal sealed class UptimeCheck
{
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    public int ExpectedStatus { get; set; } = 200;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
