using System.Diagnostics;
using System.Text.RegularExpressions;
using Inkwell.Cli;

namespace Inkwell.Tests.Generator;

/// <summary>Runs alone: it builds a whole copy of the repository, which would slow every test beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GeneratorBuildCollection
{
    public const string Name = "generator build";
}

/// <summary>
/// The generator's output is real code: written into a scratch copy of the repository, it builds under warnings-as-errors
/// and its own integration tests pass, together with the test that the model has no change without a migration and the
/// test that the gateway routes every endpoint of a module to it (so the new API is not left to the website). One build,
/// one engine: CI runs it in the SQLite pass only (<c>Category=Generator</c> is left out of the PostgreSQL pass).
/// </summary>
[Collection(GeneratorBuildCollection.Name)]
[Trait("Category", "Generator")]
public sealed partial class GeneratedCrudBuildTests
{
    private static readonly TimeSpan BuildAndTestTimeout = TimeSpan.FromMinutes(12);

    [Fact]
    public async Task Generated_code_builds_with_warnings_as_errors_and_its_tests_pass()
    {
        using var tree = SourceTree.Copy("src", Path.Combine("tests", "Inkwell.Tests"));
        var output = new StringWriter();
        var error = new StringWriter();
        var generated = await InkwellCli.RunAsync(
            ["generate", "crud", "Gadget", "--module", "Content", "--root", tree.Root,
             "--fields", "name:string(80):required,price:decimal,stock:int:required,releasedAt:datetime?,active:bool,serial:guid?"],
            new() { Output = output, Error = error });
        Assert.True(generated == ExitCodes.Ok, error.ToString());

        var (exitCode, log) = await RunAsync(tree.Root, "dotnet", "test", Path.Combine("tests", "Inkwell.Tests", "Inkwell.Tests.csproj"), "-m:1", "--nologo",
            "--filter", "FullyQualifiedName~GadgetsApiTests|FullyQualifiedName~Start_up_applies_every_migration_and_the_model_has_no_unmigrated_changes"
                + "|FullyQualifiedName~Every_endpoint_a_module_maps_is_routed_to_it_by_the_gateway");

        Assert.True(exitCode == 0, log);
        Assert.Matches(PassedSeven(), log);
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        // The outer test run's MSBuild settings would point the inner build at the outer one's SDK state.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "INKWELL_TEST_POSTGRES" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(BuildAndTestTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    // The four generated tests, the schema test, and the gateway's routes for each module's endpoints (the new ones included).
    [GeneratedRegex(@"Failed:\s+0, Passed:\s+7, Skipped:\s+0")]
    private static partial Regex PassedSeven();
}
