using Inkwell.Platform.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Inkwell.Tests.Observability;

/// <summary>The console log format each environment gets: JSON for a log shipper in production, readable lines in development.</summary>
public sealed class LogFormatTests
{
    [Theory]
    [InlineData("Production", ConsoleFormatterNames.Json)]
    [InlineData("Staging", ConsoleFormatterNames.Json)]
    [InlineData("Development", ConsoleFormatterNames.Simple)]
    public void The_console_writes_json_outside_development_and_readable_lines_in_it(string environment, string formatter)
    {
        using var services = LoggingServices("--environment", environment);

        Assert.Equal(formatter, services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        Assert.True(services.GetRequiredService<IOptions<JsonConsoleFormatterOptions>>().Value.IncludeScopes);
    }

    [Fact]
    public void Configuration_can_choose_the_format_in_any_environment()
    {
        using var services = LoggingServices("--environment", "Production", $"--{LoggingSetup.FormatterKey}=simple");

        Assert.Equal(ConsoleFormatterNames.Simple, services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
    }

    [Fact]
    public void Entries_carry_trace_and_span_ids()
    {
        using var services = LoggingServices("--environment", "Production");

        var tracking = services.GetRequiredService<IOptions<LoggerFactoryOptions>>().Value.ActivityTrackingOptions;
        Assert.True(tracking.HasFlag(ActivityTrackingOptions.TraceId) && tracking.HasFlag(ActivityTrackingOptions.SpanId), tracking.ToString());
    }

    private static ServiceProvider LoggingServices(params string[] args)
    {
        var builder = InkwellHost.CreateBuilder(args);
        builder.AddInkwellLogging();
        return builder.Services.BuildServiceProvider();
    }
}
