using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

/// <summary>List pages cost a fixed number of SQL commands however many articles, authors and tags they show.</summary>
[Collection(ApiCollection.Name)]
public sealed class QueryCountTests(InkwellFactory factory)
{
    private const int MaxCommandsPerPage = 8;

    [Fact]
    public async Task Listing_articles_runs_a_fixed_small_number_of_sql_commands_whatever_the_page_size()
    {
        var counter = new SqlCommandCounter();
        using var host = CountingHost(counter);
        var api = new ApiClient(host.CreateClient());
        var reader = await SeedAsync(api);

        var small = await CountAsync(api, counter, "/api/articles?limit=5", reader.Token);
        var large = await CountAsync(api, counter, "/api/articles?limit=20", reader.Token);
        var anonymous = await CountAsync(api, counter, "/api/articles?limit=20", token: null);

        Assert.True(large.Count is > 0 and <= MaxCommandsPerPage, $"{large.Count} commands:\n{string.Join("\n---\n", large)}");
        Assert.Equal(small.Count, large.Count);
        Assert.True(anonymous.Count is > 0 && anonymous.Count <= large.Count, $"{anonymous.Count} commands anonymously, {large.Count} signed in");
    }

    [Fact]
    public async Task The_feed_runs_a_fixed_small_number_of_sql_commands_whatever_the_page_size()
    {
        var counter = new SqlCommandCounter();
        using var host = CountingHost(counter);
        var api = new ApiClient(host.CreateClient());
        var reader = await SeedAsync(api);

        var small = await CountAsync(api, counter, "/api/articles/feed?limit=5", reader.Token);
        var large = await CountAsync(api, counter, "/api/articles/feed?limit=20", reader.Token);

        Assert.True(large.Count is > 0 and <= MaxCommandsPerPage, $"{large.Count} commands:\n{string.Join("\n---\n", large)}");
        Assert.Equal(small.Count, large.Count);
    }

    /// <summary>The same host and database, with every module's SQL commands recorded.</summary>
    private WebApplicationFactory<Program> CountingHost(SqlCommandCounter counter) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<ContentDbContext>(options => options.AddInterceptors(counter));
            services.ConfigureDbContext<IdentityDbContext>(options => options.AddInterceptors(counter));
        }));

    /// <summary>30 articles by five followed authors, each with tags and favorites; returns the reader.</summary>
    private static async Task<SignedInUser> SeedAsync(ApiClient api)
    {
        var reader = await api.RegisterAsync();
        var fans = new[] { await api.RegisterAsync(), await api.RegisterAsync() };
        var authors = new List<SignedInUser>();
        for (var i = 0; i < 5; i++)
        {
            var author = await api.RegisterAsync();
            authors.Add(author);
            await api.FollowAsync(reader, author.Username);
        }

        for (var i = 0; i < 30; i++)
        {
            var article = await api.CreateArticleAsync(authors[i % authors.Count], tags: [$"shared{i % 3}", ApiClient.Unique("own")]);
            await api.FavoriteAsync(fans[i % 2], article.Slug());
            if (i % 2 == 0)
            {
                await api.FavoriteAsync(reader, article.Slug());
            }
        }

        return reader;
    }

    private static async Task<IReadOnlyList<string>> CountAsync(ApiClient api, SqlCommandCounter counter, string url, string? token)
    {
        counter.Reset();
        var page = await (await api.GetAsync(url, token)).ReadJsonAsync(HttpStatusCode.OK);
        var commands = counter.Commands;

        var articles = page.Articles();
        Assert.Equal(url.EndsWith("=5", StringComparison.Ordinal) ? 5 : 20, articles.Count);
        Assert.True(articles.Select(a => a["author"]!["username"].Text()).Distinct().Count() > 1, "the page should show several authors");
        Assert.Contains(articles, a => a["favorited"]!.GetValue<bool>() == (token is not null));
        Assert.All(articles, a => Assert.NotEmpty(a.Tags()));
        return commands;
    }
}
