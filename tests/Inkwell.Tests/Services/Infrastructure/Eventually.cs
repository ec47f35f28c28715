using System.Diagnostics;

namespace Inkwell.Tests.Services.Infrastructure;

/// <summary>Polls a condition until it holds or a deadline passes: no fixed sleeps, so no guessing how long things take.</summary>
public static class Eventually
{
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string>? explain = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}.{(explain is null ? "" : "\n" + explain())}");
    }
}
