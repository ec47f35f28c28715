using System.Diagnostics;

namespace Inkwell.Tests.Platform;

/// <summary>The real binary, started as an operator would start it.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task An_unknown_target_exits_with_code_2_and_names_the_valid_targets()
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--target", "nonsense"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Unknown target 'nonsense'. Valid targets: all.", stderr, StringComparison.Ordinal);
    }
}
