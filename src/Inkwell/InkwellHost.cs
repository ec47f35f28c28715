using Inkwell.Platform;
using Inkwell.Platform.Health;
using Inkwell.Platform.Modules;
using Inkwell.Platform.Observability;
using Scalar.AspNetCore;

namespace Inkwell;

/// <summary>Builds the web application for a set of modules: the same for serving, migrating and seeding.</summary>
public static class InkwellHost
{
    /// <param name="args">The command line's settings and <c>--target</c>.</param>
    /// <param name="serving">
    /// False for an operator's command: the modules' services only, without the request pipeline and endpoints a
    /// command never runs (and which need the website's static assets at hand).
    /// </param>
    public static (WebApplication App, IReadOnlyList<IModule> Modules) Build(string[] args, bool serving = true)
    {
        var builder = CreateBuilder(args);
        var modules = InkwellModules.Manager.Resolve(builder.Configuration["target"]);

        // A standalone module (the gateway) passes requests on: the modules it reaches do the API's work.
        var servesApi = modules is not [IStandaloneModule];
        builder.AddInkwellObservability();
        builder.Services.AddInkwellHealthChecks();
        if (servesApi)
        {
            builder.AddInkwellPlatform();
            builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ApiDocumentInfo>());
        }

        new RunningModules(modules.Select(m => m.Name)).Register(builder);
        foreach (var module in modules)
        {
            module.AddServices(builder);
        }

        var app = builder.Build();
        if (!serving)
        {
            return (app, modules);
        }

        if (servesApi)
        {
            app.UseInkwellPlatform();
            app.MapOpenApi("/api/openapi.json");
            app.MapScalarApiReference("/api/docs", options => options.WithOpenApiRoutePattern("/api/openapi.json").WithTitle("Inkwell API"));
        }

        app.MapInkwellHealth();
        app.MapInkwellMetrics();
        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        return (app, modules);
    }

    /// <summary>The builder with every configuration source of a start (settings files, environment, command line), nothing added yet.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // The binary may be started from any folder; its settings then come from where it is installed.
        var startedElsewhere = !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = startedElsewhere ? AppContext.BaseDirectory : null,
        });

        // Run from a build output in any environment (scripts/cluster, the benchmarks and the conformance runs use
        // Production there), the website's CSS and scripts are found through the build's static web assets manifest,
        // as Development does by itself; a published app has no such manifest, and this changes nothing.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }
}
