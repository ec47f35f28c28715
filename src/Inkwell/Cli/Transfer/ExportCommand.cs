using System.CommandLine;

namespace Inkwell.Cli.Transfer;

/// <summary><c>inkwell export --what users|articles|comments [--format csv|json] [--out FILE]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var what = new Option<string>("--what") { Description = "What to export: users, articles or comments.", Required = true }
            .AcceptOnlyFromAmong([.. TransferKinds.Names]);
        var format = TransferFormats.Option();
        var output = new Option<string?>("--out") { Description = "The file to write (replaced if it exists). Without it, standard output." };
        var export = new Command(
            "export",
            "Write every user, article or comment to CSV or JSON, oldest first, streamed. Users are exported without passwords.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        export.Options.Add(what);
        export.Options.Add(format);
        export.Options.Add(output);
        export.SetAction((parseResult, cancellationToken) =>
        {
            var terminal = Terminal.For(parseResult);
            var path = parseResult.GetValue(output);
            var chosen = TransferFormats.Choose(parseResult.GetValue(format), path) ?? (path is null ? TransferFormat.Csv : null);
            if (chosen is not { } fileFormat)
            {
                return Task.FromResult(terminal.Fail(ExitCodes.BadArguments, $"Cannot tell the format from '{path}': pass --format csv or --format json."));
            }

            var kind = TransferKinds.Named(parseResult.GetValue(what)!);
            return CommandHost.RunAsync(
                parseResult,
                terminal,
                command => kind.ExportAsync(new ExportRun(command.Services, terminal, fileFormat, path, cancellationToken)),
                cancellationToken);
        });
        return export;
    }
}
