using Inkwell.Cli;

// `inkwell` serves the site and API by default; `inkwell --help` lists the operator's commands.
var parseResult = InkwellCli.Create().Parse(args);
if (parseResult.Errors.Count > 0)
{
    // A value the command line rejects (--dataset huge, --users many) is a bad argument like an unknown target.
    foreach (var error in parseResult.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message);
    }

    return ExitCodes.BadArguments;
}

return await parseResult.InvokeAsync();

/// <summary>Lets tests start the real host with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
