using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inkwell.Platform.Observability;

/// <summary>
/// A span and a duration measurement for each SQL command a module's DbContext runs, the same on SQLite and
/// PostgreSQL (neither provider's own instrumentation covers both). The span names the module and the operation; it
/// carries the SQL text (parameters are placeholders, never values).
/// </summary>
internal sealed class DatabaseCommandTelemetry(string module) : DbCommandInterceptor
{
    public const string SourceName = "Inkwell.Database";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "inkwell.db.command.duration",
        "s",
        "How long each database command took, by module and outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    private static readonly ConditionalWeakTable<DbCommand, Activity> Running = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Stop(command, eventData.Duration, null, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Stop(command, eventData.Duration, null, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Stop(command, eventData.Duration, null, result);

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Stop(command, eventData.Duration, null, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Stop(command, eventData.Duration, null, result);

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Stop(command, eventData.Duration, null, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Stop(command, eventData.Duration, eventData.Exception, 0);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(command, eventData.Duration, eventData.Exception, 0);
        return Task.CompletedTask;
    }

    private T Start<T>(DbCommand command, T result)
    {
        if (Source.StartActivity($"{module} {Operation(command.CommandText)}", ActivityKind.Client) is { } activity)
        {
            activity.SetTag("db.system", command.Connection?.GetType().Namespace?.Contains("Npgsql", StringComparison.Ordinal) == true ? "postgresql" : "sqlite");
            activity.SetTag("db.query.text", command.CommandText);
            activity.SetTag("inkwell.module", module);
            Running.AddOrUpdate(command, activity);
        }

        return result;
    }

    private T Stop<T>(DbCommand command, TimeSpan duration, Exception? error, T result)
    {
        var outcome = error is null ? "ok" : "error";
        Duration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("module", module), new KeyValuePair<string, object?>("outcome", outcome));
        if (Running.TryGetValue(command, out var activity))
        {
            Running.Remove(command);
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.Message);
            }

            activity.Stop();
        }

        return result;
    }

    /// <summary>The first word of the statement (SELECT, INSERT, ...): a low-cardinality name for the span.</summary>
    private static string Operation(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        var end = text.IndexOfAny(' ', '\n', '\r');
        return (end < 0 ? text : text[..end]).ToString().ToUpperInvariant();
    }
}
