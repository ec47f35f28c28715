using Inkwell.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Admin;

public static class AdminSetup
{
    /// <summary>
    /// Puts a module's entities in the back office and audits changes made there. The module maps the audit table
    /// into its model (<see cref="AuditModel.MapAudit"/>) and names what to keep out in <paramref name="exclude"/>.
    /// </summary>
    public static void AddAdminCatalogue<TContext>(this IHostApplicationBuilder builder, string moduleName, Action<AdminExclusions<TContext>> exclude)
        where TContext : DbContext
    {
        var exclusions = new AdminExclusions<TContext>();
        exclude(exclusions);
        builder.Services.AddSingleton(exclusions);
        builder.Services.AddSingleton<IModuleInterceptor<TContext>, AuditInterceptor<TContext>>();
        IAdminCatalogue Create(IServiceProvider services) =>
            new AdminCatalogue<TContext>(services.GetRequiredService<TContext>(), exclusions, services.GetRequiredService<TimeProvider>(), moduleName);
        builder.Services.AddScoped(Create);

        // The module's admin API (AdminApi) asks for its own catalogue by the module's name.
        builder.Services.AddKeyedScoped(moduleName, (services, _) => Create(services));
    }
}
