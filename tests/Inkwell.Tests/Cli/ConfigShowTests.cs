namespace Inkwell.Tests.Cli;

/// <summary><c>inkwell config show</c>: every source merged, each value with its source, secrets masked.</summary>
public sealed class ConfigShowTests
{
    [Fact]
    public async Task Shows_each_setting_with_the_source_that_won_and_masks_passwords()
    {
        var result = await RunAsync(
            "config", "show", "--Database:Provider=Postgres", "--ConnectionStrings:Inkwell=Host=db;Username=inkwell;Password=s3cret",
            "--Mail:Password=hunter2");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Database:Provider\s*│\s*Postgres\s*│\s*command line", result.Stdout);
        Assert.Matches(@"Database:MigrateOnStart\s*│\s*True\s*│\s*appsettings\.json", result.Stdout);
        Assert.Contains("Host=db;Username=inkwell;Password=****", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_is_an_object_of_key_and_value_that_leaves_out_the_machines_environment_unless_asked()
    {
        var settings = JsonNode.Parse((await RunAsync("config", "show", "--json", "--Cache:Redis=redis:6379,password=s3cret")).Stdout)!.AsObject();
        var everything = JsonNode.Parse((await RunAsync("config", "show", "--json", "--all")).Stdout)!.AsObject();

        Assert.Equal("Sqlite", settings["Database:Provider"]!.GetValue<string>());
        Assert.Equal("redis:6379,password=****", settings["Cache:Redis"]!.GetValue<string>());
        Assert.False(settings.ContainsKey("PATH"));
        Assert.True(everything.ContainsKey("PATH"));
    }

    [Fact]
    public async Task Works_when_the_configuration_would_stop_a_start()
    {
        var result = await RunAsync("config", "show", "--Database:Provider=Oracle");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Database:Provider\s*│\s*Oracle", result.Stdout);
    }

    private static async Task<CommandResult> RunAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await Inkwell.Cli.InkwellCli.RunAsync(arguments, new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }
}
