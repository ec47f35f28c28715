using System.CommandLine;
using Inkwell.Cli;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Cli;

/// <summary>What a command printed and exited with.</summary>
public sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs <c>inkwell</c> commands in-process, the same parsing and code a process runs, against one database: a test
/// host's (to see a command's effect through the API) or one of its own. Output is captured per call, so tests run
/// side by side.
/// </summary>
public sealed class CommandRunner(string dataPath, TestDatabase database)
{
    public static CommandRunner For(InkwellFactory factory) => new(factory.DataPath, factory.Database);

    public async Task<CommandResult> RunAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await InkwellCli.RunAsync(
            [.. arguments, $"--Storage:DataPath={dataPath}", $"--Database:Provider={database.Provider}", $"--ConnectionStrings:Inkwell={database.ConnectionString}"],
            new InvocationConfiguration { Output = output, Error = error });
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>A database of its own, empty until a command migrates it, for tests that count what a command wrote.</summary>
public sealed class CommandDatabase : IDisposable
{
    public CommandDatabase()
    {
        Commands = new CommandRunner(Folder, Database);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("inkwell-cli").FullName;

    public TestDatabase Database { get; } = new();

    public CommandRunner Commands { get; }

    /// <summary>A file in this database's folder, for a test's input and output.</summary>
    public string File(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
