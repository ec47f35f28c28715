using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Inkwell.Tests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inkwell.Tests.Observability;

/// <summary>What the logs say about a request, and what they never say, at the most verbose level an operator can set.</summary>
public sealed class LoggingTests
{
    /// <summary>EF Core's "executed DbCommand" event, which carries the SQL.</summary>
    private const int CommandExecuted = 20101;

    [Fact]
    public async Task A_password_used_to_sign_up_and_sign_in_appears_in_no_log_entry_even_at_debug()
    {
        await using var factory = new CapturingFactory(LogLevel.Debug);
        var password = $"Secret-{Guid.NewGuid():N}";
        var username = ApiClient.Unique("logged");
        var api = factory.CreateApiClient();

        var signUp = await api.PostAsync("/api/users", new { user = new { username, email = $"{username}@example.com", password } });
        var signIn = await api.PostAsync("/api/users/login", new { user = new { email = $"{username}@example.com", password } });
        var wrong = await api.PostAsync("/api/users/login", new { user = new { email = $"{username}@example.com", password = password + "x" } });
        var site = new SiteClient(factory);
        var siteSignIn = await site.SubmitAsync("/login", new Dictionary<string, string> { ["Input.Email"] = $"{username}@example.com", ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.Created, signUp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, siteSignIn.StatusCode);
        // The capture is real: the sign-up's SQL is there (at Debug), and the request bodies went through it.
        Assert.Contains(factory.Logs.Entries, e => e.EventId == CommandExecuted && e.Level == LogLevel.Debug && e.Message.Contains("identity_users", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Entries, e => e.AllText.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sql_is_logged_only_at_debug()
    {
        await using var factory = new CapturingFactory(LogLevel.Information);
        var api = factory.CreateApiClient();

        await api.RegisterAsync();
        (await api.GetAsync("/api/articles")).EnsureSuccessStatusCode();

        Assert.Contains(factory.Logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Entries, e => e.EventId == CommandExecuted);
    }

    [Fact]
    public async Task Entries_written_during_a_request_carry_its_trace_span_and_request_ids_and_the_signed_in_user()
    {
        await using var factory = new CapturingFactory(LogLevel.Information);
        var api = factory.CreateApiClient();
        var user = await api.RegisterAsync();

        (await api.GetAsync("/api/user", user.Token)).EnsureSuccessStatusCode();

        var finished = await WaitForEntryAsync(factory, e => e.Message.StartsWith("Request finished", StringComparison.Ordinal) && e.Message.Contains("/api/user ", StringComparison.Ordinal));
        Assert.Matches("^[0-9a-f]{32}$", finished.Values["TraceId"]);
        Assert.Matches("^[0-9a-f]{16}$", finished.Values["SpanId"]);
        Assert.False(string.IsNullOrEmpty(finished.Values["RequestId"]));
        var userEntries = factory.Logs.Entries.Where(e => e.Values.ContainsKey("UserId")).ToList();
        Assert.NotEmpty(userEntries);
        Assert.All(userEntries, e => Assert.Equal(finished.Values["TraceId"], e.Values["TraceId"]));
    }

    private static async Task<CapturedEntry> WaitForEntryAsync(CapturingFactory factory, Func<CapturedEntry, bool> match)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(factory.Logs.Entries.Any(match)), TimeSpan.FromSeconds(10), "the log entry");
        return factory.Logs.Entries.First(match);
    }

    /// <summary>A host whose logs, at <paramref name="level"/> for every category, are kept for the test to read.</summary>
    private sealed class CapturingFactory(LogLevel level) : InkwellFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Default", level.ToString());
            builder.UseSetting("Logging:LogLevel:Microsoft", level.ToString());
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", level.ToString());
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", level.ToString());
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", level.ToString());
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
