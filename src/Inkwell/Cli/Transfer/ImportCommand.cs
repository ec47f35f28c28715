using System.CommandLine;
using Inkwell.Cli.Transfer.Csv;
using Inkwell.Cli.Transfer.Json;

namespace Inkwell.Cli.Transfer;

/// <summary>
/// <c>inkwell import FILE [--format csv|json] [--what users|articles|comments] [--dry-run] [--report FILE]</c>. The file
/// and its columns are checked before anything else (exit code 2 when they cannot be used); then rows go in by batches.
/// </summary>
internal static class ImportCommand
{
    public const int DefaultBatchSize = 500;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The CSV (with a header row) or JSON (an array of objects) file to read." };
        var format = TransferFormats.Option();
        var what = new Option<string?>("--what") { Description = "What the file holds: users, articles or comments. Without it, the columns tell." }
            .AcceptOnlyFromAmong([.. TransferKinds.Names]);
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row as a real import would, and write nothing." };
        var report = new Option<string?>("--report") { Description = "Write every rejected row (line, reason) and every batch left out to this CSV file." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows per transaction; a batch with a rejected row is not imported at all.",
            DefaultValueFactory = _ => DefaultBatchSize,
        };
        var import = new Command(
            "import",
            "Create users, articles or comments from a CSV or JSON file, in batches that are imported whole or not at all. "
            + "Imported users have no usable password: reset it with `inkwell users reset-password`.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        import.Arguments.Add(file);
        import.Options.Add(format);
        import.Options.Add(what);
        import.Options.Add(dryRun);
        import.Options.Add(report);
        import.Options.Add(batchSize);
        import.SetAction(async (parseResult, cancellationToken) =>
        {
            var terminal = Terminal.For(parseResult);
            var path = parseResult.GetValue(file)!;
            if (TransferFormats.Choose(parseResult.GetValue(format), path) is not { } fileFormat)
            {
                return terminal.Fail(ExitCodes.BadArguments, $"Cannot tell the format of '{path}': pass --format csv or --format json.");
            }

            if (!File.Exists(path))
            {
                return terminal.Fail(ExitCodes.BadArguments, $"No file '{path}'.");
            }

            if (parseResult.GetValue(batchSize) is < 1 or > 100_000)
            {
                return terminal.Fail(ExitCodes.BadArguments, "--batch-size must be 1 to 100,000.");
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            await using IRowSource source = fileFormat == TransferFormat.Csv ? new CsvRowReader(stream) : new JsonRowReader(stream);
            if (await ChooseKindAsync(terminal, source, fileFormat, path, parseResult.GetValue(what), cancellationToken) is not { } kind)
            {
                return ExitCodes.BadArguments;
            }

            return await CommandHost.RunAsync(
                parseResult,
                terminal,
                command => kind.ImportAsync(new ImportRun(
                    command.Services, terminal, source, path, stream.Length, parseResult.GetValue(dryRun),
                    parseResult.GetValue(report), parseResult.GetValue(batchSize), cancellationToken)),
                cancellationToken);
        });
        return import;
    }

    /// <summary>
    /// The kind the file holds: the one asked for, whose columns a CSV header must match, or the one the columns point
    /// to (the CSV header, or the first JSON object's fields). Null, having said why, when the file cannot be imported.
    /// </summary>
    private static async Task<ITransferKind?> ChooseKindAsync(
        Terminal terminal, IRowSource source, TransferFormat format, string path, string? what, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> fields;
        try
        {
            fields = await source.FieldNamesAsync(cancellationToken);
        }
        catch (TransferFileException error)
        {
            terminal.Fail(ExitCodes.BadArguments, $"{path}, line {error.Line}: {error.Message}");
            return null;
        }

        if (what is not null)
        {
            var named = TransferKinds.Named(what);
            if (format == TransferFormat.Csv && TransferKinds.ColumnProblem(named, fields) is { } problem)
            {
                terminal.Fail(ExitCodes.BadArguments, $"{path}, line 1: the header has {problem}.");
                return null;
            }

            return named;
        }

        if (TransferKinds.Matching(fields) is { } matching)
        {
            return matching;
        }

        var expected = string.Join("; ", TransferKinds.All.Select(k => $"{k.Name}: {TransferKinds.Describe(k)}"));
        var seen = format == TransferFormat.Csv ? "its header" : "its first object";
        terminal.Fail(
            ExitCodes.BadArguments,
            $"{path}: cannot tell from {seen} ({string.Join(", ", fields)}) whether it holds users, articles or comments. "
            + $"The columns are {expected} (optional ones in brackets); pass --what to say which.");
        return null;
    }
}
