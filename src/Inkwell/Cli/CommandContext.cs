using Inkwell.Platform.Modules;

namespace Inkwell.Cli;

/// <summary>What a command works with: the built host's services, the modules of its target, and the terminal.</summary>
internal sealed record CommandContext(WebApplication App, IReadOnlyList<IModule> Modules, Terminal Terminal, string Target)
{
    public IServiceProvider Services => App.Services;

    public IConfiguration Configuration => App.Configuration;

    /// <summary>
    /// A module's contract, or null after saying which module the command needs: a process runs only the modules of
    /// its target, so <c>users</c> under <c>--target content</c> has no Identity to ask.
    /// </summary>
    public T? Require<T>(IServiceProvider scope, string module)
        where T : class
    {
        if (scope.GetService<T>() is { } service)
        {
            return service;
        }

        Terminal.Error.WriteLine($"This command needs the {module} module, which --target {Target} does not run.");
        return null;
    }
}
