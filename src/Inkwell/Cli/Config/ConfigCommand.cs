using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Inkwell.Cli.Config;

/// <summary>
/// <c>inkwell config show [--json] [--all]</c>: the configuration a start would use, every source merged (settings
/// files, environment, command line), each value with the source it came from and secrets masked. It builds no
/// module, so it works when the configuration is wrong, which is when it is needed.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON object of key → value instead of a table." };
        var all = new Option<bool>("--all") { Description = "Include environment variables that are not Inkwell settings (PATH, HOME, ...)." };
        var show = new Command("show", "Show the effective configuration, with secrets masked.") { TreatUnmatchedTokensAsErrors = false };
        show.Options.Add(json);
        show.Options.Add(all);
        show.SetAction(parseResult =>
        {
            var terminal = Terminal.For(parseResult);
            var settings = EffectiveConfiguration.Read(InkwellCli.HostArguments(parseResult), parseResult.GetValue(all));
            if (parseResult.GetValue(json))
            {
                var values = settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
                terminal.Text.WriteLine(JsonSerializer.Serialize(values, new JsonSerializerOptions(Transfer.TransferJson.Options) { WriteIndented = true }));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("key", "value", "source");
            foreach (var setting in settings)
            {
                table.AddRow(Markup.Escape(setting.Key), Markup.Escape(setting.Value ?? ""), Markup.Escape(setting.Source));
            }

            terminal.Out.Write(table);
            return ExitCodes.Ok;
        });

        return new Command("config", "Inspect the configuration.") { show };
    }
}
