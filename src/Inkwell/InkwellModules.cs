using Inkwell.Content;
using Inkwell.Gateway;
using Inkwell.Identity;
using Inkwell.Platform.Modules;
using Inkwell.Web;
using Inkwell.Worker;

namespace Inkwell;

/// <summary>Every module this binary can run. Each is a target of its own; <c>all</c> runs every one but the gateway.</summary>
public static class InkwellModules
{
    private static readonly IReadOnlyList<IModule> BehindTheGateway =
        [new IdentityModule(), new ContentModule(), new WebModule(), new WorkerModule()];

    /// <summary>The gateway routes each module's own <see cref="IModule.PathPrefixes"/> to it.</summary>
    public static readonly IReadOnlyList<IModule> All = [.. BehindTheGateway, new GatewayModule(BehindTheGateway)];

    public static readonly ModuleManager Manager = new(All);
}
