using System.Collections.Concurrent;
using System.Diagnostics;

namespace Inkwell.Tests.Services;

/// <summary>
/// A bounded read load: a few clients sending GETs in a loop until told to stop, or at the latest when a
/// request count or a duration is reached.
/// </summary>
internal sealed class ReadLoad(Uri target, int clients, int maxRequests, TimeSpan maxDuration)
{
    public const string Path = "/api/articles?limit=5";

    private readonly ConcurrentQueue<(TimeSpan At, string Failure)> _failures = new();
    private readonly ConcurrentQueue<TimeSpan> _finished = new();
    private readonly Stopwatch _clock = new();
    private int _started;
    private long _stopAtTicks = maxDuration.Ticks;

    /// <summary>Lets the load run this much longer, then stop.</summary>
    public void StopIn(TimeSpan delay) =>
        Interlocked.Exchange(ref _stopAtTicks, Math.Min(maxDuration.Ticks, (_clock.Elapsed + delay).Ticks));

    public async Task<Result> RunAsync()
    {
        using var client = new HttpClient { BaseAddress = target, Timeout = TimeSpan.FromSeconds(20) };
        _clock.Start();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => ClientAsync(client))));
        return new Result(_finished.Count, _clock.Elapsed, [.. _failures.Select(f => f.Failure)], _clock, [.. _finished]);
    }

    private async Task ClientAsync(HttpClient client)
    {
        while (_clock.Elapsed.Ticks < Interlocked.Read(ref _stopAtTicks) && Interlocked.Increment(ref _started) <= maxRequests)
        {
            try
            {
                using var response = await client.GetAsync(Path);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    _failures.Enqueue((_clock.Elapsed, $"{(int)response.StatusCode} at {_clock.Elapsed.TotalMilliseconds:0} ms"));
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
            {
                _failures.Enqueue((_clock.Elapsed, $"{error.GetType().Name}: {error.Message} at {_clock.Elapsed.TotalMilliseconds:0} ms"));
            }

            _finished.Enqueue(_clock.Elapsed);
        }
    }

    public sealed record Result(int Requests, TimeSpan Elapsed, IReadOnlyList<string> Failures, Stopwatch Clock, IReadOnlyList<TimeSpan> FinishedAt)
    {
        /// <summary>Requests that finished after a moment measured by another stopwatch started then.</summary>
        public int RequestsAfter(Stopwatch since)
        {
            var moment = Clock.Elapsed - since.Elapsed;
            return FinishedAt.Count(at => at > moment);
        }
    }
}
