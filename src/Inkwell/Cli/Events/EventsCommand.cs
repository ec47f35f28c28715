using System.CommandLine;
using Inkwell.Platform.Messaging;

namespace Inkwell.Cli.Events;

/// <summary><c>inkwell events dead-letters list|replay [--queue Q]</c>: what the event bus gave up on, and sending it again.</summary>
internal static class EventsCommand
{
    public static readonly Option<string?> Queue = new("--queue")
    {
        Description = "Only this queue: a module's outbox (identity_outbox) or a broker queue (inkwell.content). Default: all.",
        Recursive = true,
    };

    public static Command Create()
    {
        var deadLetters = new Command("dead-letters", "Events that failed every attempt: in a module's outbox, or in a broker's dead-letter queue.");
        deadLetters.Options.Add(Queue);
        deadLetters.Subcommands.Add(Subcommand("list", "List dead-lettered events: id, type, queue, attempts, last error, payload.", ListDeadLetters.RunAsync));
        deadLetters.Subcommands.Add(Subcommand("replay", "Send dead-lettered events again, with fresh attempts.", ReplayDeadLetters.RunAsync));

        var events = new Command("events", "Inspect the event bus.");
        events.Subcommands.Add(deadLetters);
        return events;
    }

    /// <summary>
    /// The (store, queue) pairs the command works on, or null after printing why (an unknown --queue).
    /// Stores are the outboxes of this process's modules and, over a broker, its modules' dead-letter queues.
    /// </summary>
    public static async Task<IReadOnlyList<(IDeadLetterStore Store, string Queue)>?> SelectAsync(IServiceProvider services, ParseResult parseResult)
    {
        var all = services.GetServices<IDeadLetterStore>().SelectMany(store => store.Queues.Select(queue => (store, queue))).ToList();
        var wanted = parseResult.GetValue(Queue);
        if (wanted is null)
        {
            return all;
        }

        var selected = all.Where(s => string.Equals(s.queue, wanted, StringComparison.Ordinal)).ToList();
        if (selected.Count == 0)
        {
            await Console.Error.WriteLineAsync($"Unknown queue '{wanted}'. Queues: {string.Join(", ", all.Select(s => s.queue))}.");
            return null;
        }

        return selected;
    }

    private static Command Subcommand(string name, string description, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(action);
        return command;
    }
}
