using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

/// <summary>
/// Content for counting SQL commands, on the shared host's database, seen through a host that records them:
/// 30 articles by five authors the reader follows (the first author wrote 22 of them), all tagged with one
/// shared tag and one of their own, all favorited by one fan; one article with two comments, one with ten by seven people.
/// </summary>
internal sealed record QueryCountWorld(
    SqlCommandRecorder Recorder,
    ApiClient Api,
    SignedInUser Reader,
    string Tag,
    string Author,
    string Fan,
    string QuietArticle,
    string BusyArticle)
{
    public static async Task<QueryCountWorld> CreateAsync(InkwellFactory factory)
    {
        var recorder = new SqlCommandRecorder();
        // Every request must reach the database to be counted, so the read cache is off. The worker's jobs read Content and
        // Identity too (mail looks up its recipients, cron jobs list articles), so its schedules are off and each request
        // is counted once the mail earlier writes queued has been sent.
        var host = factory.WithWebHostBuilder(builder => builder.WithoutSchedules().UseSetting("Cache:Enabled", "false").ConfigureServices(services =>
        {
            services.ConfigureDbContext<ContentDbContext>(options => options.AddInterceptors(recorder));
            services.ConfigureDbContext<IdentityDbContext>(options => options.AddInterceptors(recorder));
        }));
        var api = new ApiClient(host.CreateClient());

        var reader = await api.RegisterAsync();
        var fan = await api.RegisterAsync();
        var authors = new List<SignedInUser>();
        for (var i = 0; i < 5; i++)
        {
            authors.Add(await api.RegisterAsync());
            await api.FollowAsync(reader, authors[i].Username);
        }

        var tag = ApiClient.Unique("shared");
        var slugs = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var author = i < 22 ? authors[0] : authors[1 + i % 4];
            var slug = (await api.CreateArticleAsync(author, tags: [tag, ApiClient.Unique("own")])).Slug();
            slugs.Add(slug);
            await api.FavoriteAsync(fan, slug);
            if (i % 3 == 0)
            {
                await api.FavoriteAsync(reader, slug);
            }
        }

        await api.AddCommentAsync(authors[0], slugs[0]);
        await api.AddCommentAsync(authors[1], slugs[0]);
        foreach (var commenter in authors.Concat([fan, reader, authors[0], authors[1], authors[2]]))
        {
            await api.AddCommentAsync(commenter, slugs[1]);
        }
        return new QueryCountWorld(recorder, api, reader, tag, authors[0].Username, fan.Username, slugs[0], slugs[1]) { Services = host.Services };
    }

    private IServiceProvider Services { get; init; } = null!;

    /// <summary>Waits until the worker has sent what earlier writes queued (here or in other tests on this database).</summary>
    private Task WorkerIdleAsync() => Eventually.HoldsAsync(async () =>
    {
        await using var scope = Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<WorkerDbContext>().Jobs;
        return !await jobs.AnyAsync(j => j.State == JobStates.Queued || j.State == JobStates.Running);
    }, TimeSpan.FromSeconds(60), "the worker to finish the jobs earlier writes queued");

    /// <summary>The SQL commands one GET sends, after checking it answered 200.</summary>
    public async Task<(JsonObject Json, IReadOnlyList<RecordedCommand> Commands)> GetAsync(string url, string? token)
    {
        await WorkerIdleAsync();
        Recorder.Reset();
        var json = await (await Api.GetAsync(url, token)).ReadJsonAsync(HttpStatusCode.OK);
        return (json, Recorder.RequestCommands);
    }
}
