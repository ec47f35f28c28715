using Inkwell.Platform.Api;

namespace Inkwell.Cli.Users;

/// <summary>How a refused account action reads on the terminal, and the exit code it gives.</summary>
internal static class UserResults
{
    /// <summary>
    /// An unknown user or a value the rules refuse is the operator's to fix: a bad argument. Anything else the
    /// contract answers is a failure.
    /// </summary>
    public static int Fail<T>(Terminal terminal, Result<T> result, string username) => result.Failure switch
    {
        FailureKind.NotFound => terminal.Fail(ExitCodes.BadArguments, $"No user '{username}'."),
        FailureKind.Invalid => terminal.Fail(ExitCodes.BadArguments, result.Error!.Describe()),
        _ => terminal.Fail(ExitCodes.Failed, result.Error?.Describe() ?? result.Failure.ToString()),
    };
}
