using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Caching;
using Inkwell.Platform.Data;
using Inkwell.Platform.Messaging;
using Inkwell.Platform.Observability;
using Inkwell.Platform.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform;

/// <summary>What every Inkwell host gets, whatever modules it runs.</summary>
public static class PlatformSetup
{
    public const string CorsOriginsKey = "Cors:AllowedOrigins";

    public static void AddInkwellPlatform(this IHostApplicationBuilder builder)
    {
        var dataFolder = DatabaseSetup.DataFolderOf(builder.Configuration);
        builder.Services.AddSingleton(dataFolder);

        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(handlers => handlers.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddProblemDetails();

        builder.AddInkwellAuthentication(dataFolder);
        builder.AddEventBus();
        builder.AddInkwellCaching();
        builder.Services.AddInkwellForwardedHeaders(builder.Configuration);
        builder.Services.AddInkwellRateLimiting(builder.Configuration);
        builder.Services.AddInkwellRequestTimeouts(builder.Configuration);

        var origins = builder.Configuration.GetSection(CorsOriginsKey).Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            // No list configured: any origin, as the public API is meant for any RealWorld client.
            if (origins.Length == 0)
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.AllowAnyHeader().AllowAnyMethod();
        }));
    }

    public static void UseInkwellPlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseApiStatusCodeBodies();
        app.UseCors();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseUserLogScope();

        // After authentication, so a signed-in user is counted as themselves; before anything costly.
        app.UseInkwellRateLimiting();
        app.UseRejectInvalidTokens();
        app.UseAuthorization();

        // Inside the exception handler, which would otherwise take the cancellation for a client that went away.
        app.UseRequestTimeouts();
        app.UseInkwellResponseCaching();
    }
}
