using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Inkwell.Tests.Observability;

/// <summary>
/// Keeps every log entry a host writes, with everything a log sink would see of it: the message, each structured
/// value, the exception and each scope's values (trace and span ids, request id, user id).
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<CapturedEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            Collect(values, state);
            capture._scopes.ForEachScope((scope, into) => Collect(into, scope), values);
            capture._entries.Enqueue(new CapturedEntry(category, logLevel, eventId.Id, formatter(state, exception), exception?.ToString(), values));
        }

        private static void Collect(Dictionary<string, string?> into, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    into[key] = value?.ToString();
                }
            }
            else if (state is IEnumerable<KeyValuePair<string, object>> plain)
            {
                foreach (var (key, value) in plain)
                {
                    into[key] = value?.ToString();
                }
            }
            else if (state is not null)
            {
                into[$"scope:{into.Count}"] = state.ToString();
            }
        }
    }
}

/// <param name="Values">The entry's structured values and those of the scopes around it.</param>
public sealed record CapturedEntry(string Category, LogLevel Level, int EventId, string Message, string? Exception, IReadOnlyDictionary<string, string?> Values)
{
    /// <summary>Everything of the entry a sink could write, as one text to search.</summary>
    public string AllText => string.Join('\n', [Category, Message, Exception ?? "", .. Values.Select(v => $"{v.Key}={v.Value}")]);
}
