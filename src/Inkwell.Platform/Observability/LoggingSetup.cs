using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Inkwell.Platform.Observability;

/// <summary>
/// Console logs for every host: one JSON object per line in production (for a log shipper), a readable line in
/// development. Each entry carries the trace and span ids and, inside a request, the request id and the signed-in
/// user's id (see <see cref="UserLogScope"/>). Levels come from <c>Logging:LogLevel</c> as usual.
/// </summary>
public static class LoggingSetup
{
    public const string FormatterKey = "Logging:Console:FormatterName";

    public static void AddInkwellLogging(this IHostApplicationBuilder builder)
    {
        var formatter = builder.Configuration[FormatterKey] is { Length: > 0 } configured
            ? configured
            : builder.Environment.IsDevelopment() ? ConsoleFormatterNames.Simple : ConsoleFormatterNames.Json;

        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = formatter);
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
    }

    /// <summary>
    /// EF Core logs each SQL command at Information; here it is Debug, so SQL shows only when
    /// <c>Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command</c> is Debug. Parameter values are never
    /// logged (sensitive data logging stays off).
    /// </summary>
    public static DbContextOptionsBuilder LogSqlAtDebug(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
}
