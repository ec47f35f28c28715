using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Tests.Infrastructure;
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
        // Every request must reach the database to be counted, so the read cache is off; the outbox relays' background
        // polls (each module's, once a second) would be counted with whichever request they coincide with, so they wait
        // an hour: events still go out right after each commit.
        var host = factory.WithWebHostBuilder(builder => builder.UseSetting("Cache:Enabled", "false").UseSetting("Bus:PollInterval", "01:00:00").ConfigureServices(services =>
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
        return new QueryCountWorld(recorder, api, reader, tag, authors[0].Username, fan.Username, slugs[0], slugs[1]);
    }

    /// <summary>The SQL commands one GET sends, after checking it answered 200.</summary>
    public async Task<(JsonObject Json, IReadOnlyList<RecordedCommand> Commands)> GetAsync(string url, string? token)
    {
        Recorder.Reset();
        var json = await (await Api.GetAsync(url, token)).ReadJsonAsync(HttpStatusCode.OK);
        // The outbox relay polls in the background on its own schedule; its commands are not the request's.
        return (json, Recorder.Commands.Where(c => !c.Text.Contains("_outbox", StringComparison.Ordinal)).ToList());
    }
}
