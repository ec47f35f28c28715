using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Inkwell.Platform.Messaging;

/// <summary>
/// Read-your-writes over a broker. In one process, a request that commits events waits, for a bounded time, until this
/// process's own handlers have applied them, so its next read (follow, then the feed) sees the change as with the
/// in-process transport. Only events the broker confirmed are waited for, and only while the consumers run, so an
/// outage never holds a request up.
/// </summary>
internal sealed class LocalDeliveries(IEnumerable<IEventConsumer> consumers, IOptions<BusOptions> options)
{
    private readonly Dictionary<string, int> modulesByType = consumers
        .GroupBy(c => c.EventType)
        .ToDictionary(g => g.Key, g => g.Select(c => c.Module).Distinct().Count());

    private readonly ConcurrentDictionary<Guid, Pending> pending = new();
    private readonly TimeSpan timeout = options.Value.ReadYourWritesTimeout;
    private volatile bool consuming;

    public void ConsumersStarted() => consuming = true;

    /// <summary>Call before the events are sent; wait on the result after.</summary>
    public Expectation Expect(IEnumerable<OutboxMessage> messages)
    {
        var expected = new List<(Guid, Pending)>();
        foreach (var message in messages)
        {
            if (modulesByType.TryGetValue(message.Type, out var handlers))
            {
                var entry = new Pending(handlers);
                pending[message.MessageId] = entry;
                expected.Add((message.MessageId, entry));
            }
        }

        return new Expectation(this, expected);
    }

    public void Published(Guid messageId)
    {
        if (pending.TryGetValue(messageId, out var entry))
        {
            entry.Published = true;
        }
    }

    /// <summary>One module's handlers are done with the message, whether they applied it or handed it to retries.</summary>
    public void Handled(Guid messageId)
    {
        if (pending.TryGetValue(messageId, out var entry) && Interlocked.Decrement(ref entry.Remaining) <= 0)
        {
            entry.Done.TrySetResult();
        }
    }

    internal sealed class Pending(int handlers)
    {
        public int Remaining = handlers;

        public volatile bool Published;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    internal sealed class Expectation(LocalDeliveries owner, List<(Guid Id, Pending Entry)> expected)
    {
        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            try
            {
                // Checked after the send: the process's first send is what starts its consumers during start-up.
                var published = expected.Where(e => e.Entry.Published).Select(e => e.Entry.Done.Task).ToList();
                if (owner.consuming && published.Count > 0)
                {
                    await Task.WhenAll(published).WaitAsync(owner.timeout, cancellationToken);
                }
            }
            catch (TimeoutException)
            {
                // The handlers are slow or failing; the request answers and the copy catches up.
            }
            finally
            {
                foreach (var (id, _) in expected)
                {
                    owner.pending.TryRemove(id, out _);
                }
            }
        }
    }
}
