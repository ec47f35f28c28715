using Inkwell.Platform.Admin;
using Inkwell.Platform.Admin.Api;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Data;
using Inkwell.Platform.Jobs;
using Inkwell.Platform.Modules;
using Inkwell.Web.Admin;
using Inkwell.Web.Auth;
using Inkwell.Web.Data;
using Inkwell.Web.Feeds;
using Inkwell.Web.Markdown;
using Inkwell.Web.Remote;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Web;

/// <summary>The server-rendered website: a client of the other modules' contracts, signed in with a cookie.</summary>
public sealed class WebModule : IModule
{
    public string Name => "web";

    public IReadOnlyList<string> DependsOn => ["identity", "content"];

    // Without them in its process, the site calls their REST APIs (Remote/, docs/decisions/0016).
    public IReadOnlyList<string> ReachableOverHttp => ["identity", "content"];

    // Everything no other module claims: the pages, their static files, the API's documentation.
    public IReadOnlyList<string> PathPrefixes => ["/"];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Editor");
            pages.Conventions.AuthorizePage("/Account/Settings");
            // The back office: moderators get in, and see only moderation; the data, audit log and jobs are for admins.
            pages.Conventions.AuthorizeFolder("/Admin", Policies.Moderator);
            pages.Conventions.AuthorizeFolder("/Admin/Data", Policies.Admin);
            pages.Conventions.AuthorizePage("/Admin/Audit", Policies.Admin);
            pages.Conventions.AuthorizePage("/Admin/Jobs", Policies.Admin);
            pages.Conventions.AddPageRoute("/Admin/Data/Edit", "admin/data/{module}/{entity}/{key}/edit");
        });
        builder.Services.AddTransient<IStartupFilter, SiteErrorPages>();
        builder.Services.AddExceptionHandler<SiteExceptionHandler>();
        builder.AddRemoteModules();
        builder.AddModuleDbContext<WebDbContext>(Name);
        // The generated documents are the site's cache of its own pages: shown, deleted (the next request makes them
        // again), never written by hand.
        builder.AddAdminCatalogue<WebDbContext>(Name, admin => admin
            .NotCreatable<SiteDocument>()
            .ReadOnly<SiteDocument>(nameof(SiteDocument.ContentType), nameof(SiteDocument.Body), nameof(SiteDocument.GeneratedAt)));
        builder.Services.AddScoped<SiteDocuments>();
        builder.Services.AddScoped<BackOffice>();
        builder.AddScheduledJob<RegenerateSiteDocuments>(
            RegenerateSiteDocuments.Name, "0 0/5 * * * ?", "Regenerates the sitemap and the site's RSS and Atom feeds.");
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<SiteCookieAuthentication>();
        builder.Services.AddAuthentication().AddCookie(AuthSchemes.SiteCookie, cookie =>
        {
            cookie.Cookie.Name = "inkwell.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/error/403";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStaticAssets();
        endpoints.MapRazorPages();
        endpoints.MapSyndication();
        endpoints.MapAdminApi(Name);
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<WebDbContext>().Database.MigrateAsync(cancellationToken);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
