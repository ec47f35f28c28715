namespace Inkwell.Platform.Admin;

/// <summary>Who is making changes in the back office: every write under <see cref="Begin"/> goes to the audit log.</summary>
public sealed record AuditActor(long UserId, string Username)
{
    private static readonly AsyncLocal<AuditActor?> Ambient = new();

    /// <summary>The actor of the current flow of work, or null outside the back office (no audit).</summary>
    public static AuditActor? Current => Ambient.Value;

    /// <summary>Audits every save of an audited module's DbContext until the scope is disposed.</summary>
    public static IDisposable Begin(AuditActor actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    /// <summary>No actor until the scope is disposed: for work done on no one's behalf inside an audited call.</summary>
    public static IDisposable Suspend()
    {
        var previous = Ambient.Value;
        Ambient.Value = null;
        return new Restore(previous);
    }

    private sealed class Restore(AuditActor? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
