using System.CommandLine;
using Spectre.Console;

namespace Inkwell.Cli.Events;

/// <summary><c>inkwell events dead-letters list</c>: one row per dead-lettered event, oldest first within each queue.</summary>
internal static class ListDeadLetters
{
    private const int ErrorExcerpt = 120;
    private const int PayloadExcerpt = 60;

    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (await InkwellCli.TryBuildHostAsync(parseResult) is not var (app, _))
        {
            return ExitCodes.BadArguments;
        }

        await using (app)
        {
            if (await EventsCommand.SelectAsync(app.Services, parseResult) is not { } queues)
            {
                return ExitCodes.BadArguments;
            }

            var table = new Table().AddColumns("queue", "message id", "type", "attempts", "last error", "payload");
            var count = 0;
            try
            {
                foreach (var (store, queue) in queues)
                {
                    foreach (var letter in await store.ListAsync(queue, cancellationToken))
                    {
                        table.AddRow(
                            Markup.Escape(letter.Queue), Markup.Escape(letter.MessageId), Markup.Escape(letter.Type), $"{letter.Attempts}",
                            Markup.Escape(Excerpt(Cause(letter.LastError), ErrorExcerpt)), Markup.Escape(Excerpt(letter.Payload, PayloadExcerpt)));
                        count++;
                    }
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"Could not read the dead letters: {error.Message}");
                return ExitCodes.Failed;
            }

            if (Console.IsOutputRedirected)
            {
                // A pipe has no width; wide enough that a row stays on one line for grep and scripts.
                AnsiConsole.Profile.Width = 400;
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{count} dead-lettered event(s) in {queues.Count} queue(s).");
            return ExitCodes.Ok;
        }
    }

    /// <summary>
    /// The innermost exception of a stored <c>Exception.ToString()</c>, without its namespace: usually the cause an operator
    /// has to fix ("SqliteException: ... constraint failed"), where the outermost one only says that saving failed.
    /// </summary>
    private static string Cause(string? error)
    {
        if (string.IsNullOrWhiteSpace(error))
        {
            return "";
        }

        var messages = error.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith("at ", StringComparison.Ordinal)).ToList();
        var innermost = messages.LastOrDefault(line => line.StartsWith("--->", StringComparison.Ordinal))?[4..].Trim() ?? messages.FirstOrDefault() ?? "";
        var typeEnd = innermost.IndexOfAny([':', ' ']);
        var namespaceEnd = typeEnd < 0 ? -1 : innermost.LastIndexOf('.', typeEnd);
        return namespaceEnd < 0 ? innermost : innermost[(namespaceEnd + 1)..];
    }

    private static string Excerpt(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
