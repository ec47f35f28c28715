namespace Inkwell.Worker.Jobs;

/// <summary>Names this process in job leases and run records, so an operator can tell which instance ran what.</summary>
internal sealed class WorkerInstance
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
}
