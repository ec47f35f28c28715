using Inkwell.Cli;

// `inkwell` serves the site and API by default; `inkwell --help` lists the operator's commands.
return await InkwellCli.RunAsync(args);

/// <summary>Lets tests start the real host with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
