namespace Inkwell.Cli;

/// <summary>What the <c>inkwell</c> commands exit with, for scripts that call them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and failed: a database it could not reach, a migration that broke.</summary>
    public const int Failed = 1;

    /// <summary>The command line or configuration asks for something that does not exist.</summary>
    public const int BadArguments = 2;
}
