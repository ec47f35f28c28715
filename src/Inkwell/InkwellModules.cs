using Inkwell.Content;
using Inkwell.Identity;
using Inkwell.Platform.Modules;
using Inkwell.Web;

namespace Inkwell;

/// <summary>Every module this binary can run, and the targets it accepts.</summary>
public static class InkwellModules
{
    public static readonly IReadOnlyList<IModule> All = [new IdentityModule(), new ContentModule(), new WebModule()];

    // The services shape adds one target per module; until then the modules run together.
    public static readonly ModuleManager Manager = new(All, [ModuleManager.AllTarget]);
}
