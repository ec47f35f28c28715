using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Web;

/// <summary>
/// Outside /api, failures and bare status codes (404, 400 from a missing antiforgery token…) are shown
/// as pages in the site's own look. Added first, so it wraps everything the host adds after it.
/// </summary>
internal sealed class SiteErrorPages : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            site =>
            {
                site.UseExceptionHandler("/error");
                site.UseStatusCodePagesWithReExecute("/error/{0}");
            });
        next(app);
    };
}
