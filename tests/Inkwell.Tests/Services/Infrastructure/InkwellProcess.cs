using System.Collections.Concurrent;
using System.Diagnostics;

namespace Inkwell.Tests.Services.Infrastructure;

/// <summary>
/// The real <c>inkwell</c> binary running as a process of its own on 127.0.0.1, as an operator starts it.
/// Its output is kept line by line: the tests read which requests each instance served from its request log.
/// </summary>
public sealed class InkwellProcess : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(10) };

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private int _disposed;

    private InkwellProcess(string name, int port, Process process)
    {
        Name = name;
        Address = new Uri($"http://127.0.0.1:{port}");
        _process = process;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public string Output => string.Join('\n', _output);

    /// <summary>Starts the binary in Production with one line per log entry and every request logged.</summary>
    /// <param name="logFormat">The console formatter: <c>simple</c> lines, or <c>json</c> as in production by default.</param>
    public static InkwellProcess Start(string name, int port, string workingDirectory, IEnumerable<string> arguments, string logFormat = "simple")
    {
        var start = new ProcessStartInfo("dotnet",
        [
            typeof(Program).Assembly.Location,
            .. arguments,
            "--urls", $"http://127.0.0.1:{port}",
            $"--Logging:Console:FormatterName={logFormat}",
            "--Logging:Console:FormatterOptions:SingleLine=true",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information",
            "--Logging:LogLevel:Yarp.ReverseProxy.Health=Error",
            "--Logging:LogLevel:Inkwell.Gateway=Information",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return new InkwellProcess(name, port, Process.Start(start)!);
    }

    /// <summary>How many requests for this path (and query) the process has logged as started.</summary>
    public int RequestsServed(string pathAndQuery) =>
        _output.Count(line => line.Contains("Request starting", StringComparison.Ordinal) && line.Contains(pathAndQuery + " ", StringComparison.Ordinal));

    public int LinesContaining(string text) => _output.Count(line => line.Contains(text, StringComparison.Ordinal));

    public Task WaitUntilReadyAsync(TimeSpan timeout) => Eventually.HoldsAsync(async () =>
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting:\n{Output}");
        }

        try
        {
            using var response = await Probe.GetAsync(new Uri(Address, "/health/ready"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            // Not listening yet, or too busy starting to answer within the probe's timeout: ask again.
            return false;
        }
    }, timeout, $"{Name} to answer /health/ready with 200", () => Output);

    /// <summary>SIGKILL: the process gets no chance to close connections or finish requests.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
