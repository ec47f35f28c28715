using System.CommandLine;
using System.Diagnostics;
using Inkwell.Platform.Data;
using Inkwell.Platform.Modules;
using Inkwell.Platform.Seeding;
using Spectre.Console;

namespace Inkwell.Cli.Seed;

/// <summary><c>inkwell seed</c>: migrates, then fills an empty database with a realistic data set, fast.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var seed = new Command("seed", "Fill an empty database with generated users, articles, tags, favorites, comments and follows, then exit.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        SeedOptions.AddTo(seed);
        seed.SetAction(RunAsync);
        return seed;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var plan = SeedOptions.ToPlan(parseResult, DateTime.UtcNow.Date);
        if (plan.Validate() is { Count: > 0 } problems)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, problems));
            return ExitCodes.BadArguments;
        }

        if (await InkwellCli.TryBuildHostAsync(parseResult) is not var (app, modules))
        {
            return ExitCodes.BadArguments;
        }

        await using (app)
        {
            var provider = DatabaseProviders.Parse(app.Configuration[DatabaseSetup.ProviderKey]);
            Console.WriteLine(
                $"Seeding {plan.Users:N0} users, {plan.Follows:N0} follows, {plan.Tags:N0} tags, {plan.Articles:N0} articles, "
                + $"{plan.Favorites:N0} favorites and {plan.Comments:N0} comments into {provider} (random seed {plan.RandomSeed}).");

            var stopwatch = Stopwatch.StartNew();
            try
            {
                var (outcome, results) = await RunWithProgressAsync(app.Services, modules, plan, cancellationToken);
                if (!outcome.Seeded)
                {
                    await Console.Error.WriteLineAsync(
                        $"The database already has data (in {string.Join(", ", outcome.NonEmptyTables)}); `inkwell seed` only fills an empty "
                        + "database. Point it at a new database (ConnectionStrings:Inkwell or Storage:DataPath) or empty this one.");
                    return ExitCodes.BadArguments;
                }

                SeedSummary.Write(results, stopwatch.Elapsed);
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                await Console.Error.WriteLineAsync("Seeding was cancelled; the database holds a partial data set.");
                return ExitCodes.Failed;
            }
            catch (Exception error)
            {
                await Console.Error.WriteLineAsync($"Seeding failed: {error.Message}");
                return ExitCodes.Failed;
            }
        }
    }

    private static async Task<(SeedOutcome Outcome, IReadOnlyList<SeedTableResult> Results)> RunWithProgressAsync(
        IServiceProvider services, IReadOnlyList<IModule> modules, SeedPlan plan, CancellationToken cancellationToken)
    {
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            SeedOutcome? outcome = null;
            RecordingSeedProgress? progress = null;
            await LiveSeedProgress.Create().StartAsync(async context =>
            {
                progress = new LiveSeedProgress(context);
                outcome = await SeedRunner.RunAsync(services, modules, plan, progress, cancellationToken);
            });
            return (outcome!, progress!.Results);
        }

        var plain = new PlainSeedProgress(Console.Out, TimeSpan.FromSeconds(5));
        return (await SeedRunner.RunAsync(services, modules, plan, plain, cancellationToken), plain.Results);
    }
}
