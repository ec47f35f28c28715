using System.CommandLine;
using Spectre.Console;

namespace Inkwell.Cli.Events;

/// <summary><c>inkwell events dead-letters list</c>: one row per dead-lettered event, oldest first within each queue.</summary>
internal static class ListDeadLetters
{
    private const int ErrorExcerpt = 80;
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
                            Markup.Escape(Excerpt(FirstLine(letter.LastError), ErrorExcerpt)), Markup.Escape(Excerpt(letter.Payload, PayloadExcerpt)));
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
                AnsiConsole.Profile.Width = 250;
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{count} dead-lettered event(s) in {queues.Count} queue(s).");
            return ExitCodes.Ok;
        }
    }

    private static string FirstLine(string? text) => text?.Split('\n', 2)[0].Trim() ?? "";

    private static string Excerpt(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
