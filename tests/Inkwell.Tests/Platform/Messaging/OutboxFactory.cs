using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Tests.Platform.Messaging;

/// <summary>A host whose relay gives up quickly, so dead-lettering is seen within a test; it never polls on its own.</summary>
public sealed class OutboxFactory : InkwellFactory
{
    public const int MaxAttempts = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bus:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Bus:FirstBackoff", "00:00:00");
        builder.UseSetting("Bus:MaxBackoff", "00:00:00");
        // The tests flush the relay themselves; a background poll would race them.
        builder.UseSetting("Bus:PollInterval", "01:00:00");
    }
}
