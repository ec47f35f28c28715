using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Inkwell.Tests.Platform.Messaging.RabbitMq;

/// <summary>The built <c>inkwell</c> binary serving on a loopback port of its own, in a process a test can kill.</summary>
public sealed partial class InkwellServer : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private InkwellServer(IEnumerable<string> settings, string folder)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--urls", "http://127.0.0.1:0", .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Auth__SigningKeys__Path"] = SigningKeyFolder(folder);
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null && Listening().Match(line.Data) is { Success: true } match)
            {
                _listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address => _listening.Task.Result;

    public static async Task<InkwellServer> StartAsync(IEnumerable<string> settings, string folder)
    {
        var server = new InkwellServer(settings, folder);
        await server._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return server;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an OOM kill.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    // Production needs a key from outside; processes sharing a folder share the key, so their tokens agree.
    private static string SigningKeyFolder(string folder)
    {
        var keys = Directory.CreateDirectory(Path.Combine(folder, "keys"));
        var file = Path.Combine(keys.FullName, "server.pem");
        if (!File.Exists(file))
        {
            using var rsa = System.Security.Cryptography.RSA.Create(2048);
            File.WriteAllText(file, rsa.ExportPkcs8PrivateKeyPem());
        }

        return keys.FullName;
    }
}
