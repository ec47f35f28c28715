using System.CommandLine;
using Spectre.Console;

namespace Inkwell.Cli;

/// <summary>
/// Where a command writes: tables and messages to <see cref="Out"/>, problems to <see cref="Error"/>. Live progress
/// and colour only on an interactive terminal; redirected to a file, a pipe or a CI log the output is plain text,
/// with tables as wide as their content so that no row wraps.
/// </summary>
internal sealed class Terminal
{
    private const int RedirectedWidth = 320;

    private Terminal(IAnsiConsole console, TextWriter output, TextWriter error, bool interactive)
    {
        (Out, Text, Error, IsInteractive) = (console, output, error, interactive);
    }

    public IAnsiConsole Out { get; }

    /// <summary>The same output as plain text, for data a command streams out (an export to standard output).</summary>
    public TextWriter Text { get; }

    public TextWriter Error { get; }

    /// <summary>True on a terminal a person is watching: progress bars are drawn only then.</summary>
    public bool IsInteractive { get; }

    public static Terminal For(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
        {
            return new Terminal(AnsiConsole.Console, output, error, AnsiConsole.Profile.Capabilities.Interactive);
        }

        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        plain.Profile.Width = RedirectedWidth;
        return new Terminal(plain, output, error, interactive: false);
    }

    /// <summary>
    /// A writer for data streamed to the output. On the real standard output it is a buffered stream of its own:
    /// <see cref="Console.Out"/> flushes every write, which a million rows would feel. The caller flushes it.
    /// </summary>
    public TextWriter OpenDataOutput() => ReferenceEquals(Text, Console.Out)
        ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16)
        : Text;

    /// <summary>Writes a problem to the error output; returns <paramref name="exitCode"/> for the command to exit with.</summary>
    public int Fail(int exitCode, string message)
    {
        Error.WriteLine(message);
        return exitCode;
    }
}
