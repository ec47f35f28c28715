namespace Inkwell.Tests.Platform.Messaging;

/// <summary>Waits for something asynchronous (a delivery over the broker) to become true, and fails with a message if it never does.</summary>
public static class Eventually
{
    public static async Task<TimeSpan> TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < timeout, $"Not within {timeout.TotalSeconds:N0} s: {what}");
            await Task.Delay(50);
        }

        return clock.Elapsed;
    }
}
