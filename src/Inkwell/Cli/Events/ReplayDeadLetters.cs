using System.CommandLine;
using Spectre.Console;

namespace Inkwell.Cli.Events;

/// <summary>
/// <c>inkwell events dead-letters replay</c>: outbox rows go back to their relay (a running server sends them on its
/// next poll); broker dead letters go back to their module's queue. Each starts again with fresh attempts.
/// </summary>
internal static class ReplayDeadLetters
{
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

            var table = new Table().AddColumns("queue", "replayed");
            try
            {
                foreach (var (store, queue) in queues)
                {
                    table.AddRow(Markup.Escape(queue), $"{await store.ReplayAsync(queue, cancellationToken)}");
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                AnsiConsole.Write(table);
                await Console.Error.WriteLineAsync($"Replaying failed: {error.Message}");
                return ExitCodes.Failed;
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }
    }
}
