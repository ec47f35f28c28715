using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inkwell.Platform.Observability;

/// <summary>Adds the signed-in user's id to every log entry of the request, once authentication has run.</summary>
public static class UserLogScope
{
    public const string UserIdKey = "UserId";

    public static void UseUserLogScope(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UserLogScope).FullName!);
        app.Use(async (context, next) =>
        {
            if (context.User.FindUserId() is not { } userId)
            {
                await next(context);
                return;
            }

            using (logger.BeginScope(new Dictionary<string, object> { [UserIdKey] = userId }))
            {
                await next(context);
            }
        });
    }
}
