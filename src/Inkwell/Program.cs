using Inkwell;
using Inkwell.Platform;
using Inkwell.Platform.Modules;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

IReadOnlyList<IModule> modules;
try
{
    modules = InkwellModules.Manager.Resolve(builder.Configuration["target"]);
}
catch (InvalidTargetException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

builder.AddInkwellPlatform();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ApiDocumentInfo>());
foreach (var module in modules)
{
    module.AddServices(builder);
}

var app = builder.Build();

app.UseInkwellPlatform();
app.MapOpenApi("/api/openapi.json");
app.MapScalarApiReference("/api/docs", options => options.WithOpenApiRoutePattern("/api/openapi.json").WithTitle("Inkwell API"));
foreach (var module in modules)
{
    module.MapEndpoints(app);
}

await ModuleStartup.RunAsync(app, modules);
await app.RunAsync();
return 0;

/// <summary>Lets tests start the real host with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
