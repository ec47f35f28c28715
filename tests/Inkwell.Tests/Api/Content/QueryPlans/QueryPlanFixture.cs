using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content.QueryPlans;

/// <summary>
/// A host on a database of its own, filled with tens of thousands of rows and analysed, that records
/// the SQL every request sends so the test can ask the engine how it would run each command.
/// </summary>
public sealed class QueryPlanFixture : IAsyncLifetime
{
    /// <summary>The tables big enough that reading one from end to end would make a request slow.</summary>
    public static readonly IReadOnlySet<string> LargeTables = new HashSet<string>
    {
        "content_articles", "content_article_tags", "content_favorites", "content_comments", "identity_users", "identity_follows",
    };

    private readonly RecordingFactory _host = new();

    public SqlCommandRecorder Recorder => _host.Recorder;

    public ApiClient Api { get; private set; } = null!;

    public SignedInUser Reader { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = _host.CreateApiClient();
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var rows = new BulkRows(db, TestDatabase.IsPostgres);
        await rows.InsertAsync();

        Reader = await Api.RegisterAsync("reader");
        var readerId = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Users
            .Where(u => u.Username == Reader.Username).Select(u => u.Id).SingleAsync();
        await rows.FollowAsync(readerId, 30);
        await Api.FavoriteAsync(Reader, $"bulk-article-{BulkRows.Articles}");
        await Api.FavoriteAsync(Reader, "bulk-article-4242");

        await rows.AnalyzeAsync();
    }

    /// <summary>The full scans of large tables in the plans of <paramref name="commands"/>, optionally with an index dropped for the look.</summary>
    public async Task<IReadOnlyList<string>> FullScansAsync(IReadOnlyList<RecordedCommand> commands, string? withoutIndex = null)
    {
        using var scope = _host.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<ContentDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (withoutIndex is not null)
        {
            await using var drop = connection.CreateCommand();
            drop.Transaction = transaction;
            drop.CommandText = $"DROP INDEX \"{withoutIndex}\"";
            await drop.ExecuteNonQueryAsync();
        }

        var scans = new List<string>();
        foreach (var command in commands)
        {
            scans.AddRange((await QueryPlanInspector.FullScansAsync(connection, transaction, command, LargeTables))
                .Select(scan => $"{scan} in:\n{command.Text}"));
        }

        // Nothing is ever kept: a dropped index comes back with the rollback.
        await transaction.RollbackAsync();
        return scans;
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    private sealed class RecordingFactory : InkwellFactory
    {
        public SqlCommandRecorder Recorder { get; } = new();

        protected override bool ReadCache => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);

            // A cron job firing while a request is recorded would add its own queries to the request's.
            builder.WithoutSchedules();
            builder.ConfigureServices(services =>
            {
                services.ConfigureDbContext<ContentDbContext>(options => options.AddInterceptors(Recorder));
                services.ConfigureDbContext<IdentityDbContext>(options => options.AddInterceptors(Recorder));
            });
        }
    }
}
