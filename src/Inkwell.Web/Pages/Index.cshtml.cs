using Inkwell.Content.Contracts;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Caching;
using Inkwell.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Inkwell.Web.Pages;

[OutputCache(PolicyName = CachingSetup.AnonymousReads)]
public sealed class IndexModel(IArticles articles, ITrendingTags trending) : PageModel
{
    private const int PopularTagCount = 20;

    public bool SignedIn { get; private set; }

    /// <summary>"your" (the people you follow) or "global".</summary>
    public string Feed { get; private set; } = "global";

    public string? Tag { get; private set; }

    public ArticleList Articles { get; private set; } = new([], 0);

    public IReadOnlyList<string> PopularTags { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    // [FromQuery]: "page" is also Razor Pages' own route value (the page's path), which would win over ?page=2.
    public async Task OnGetAsync(string? feed, string? tag, [FromQuery] int? page, CancellationToken cancellationToken)
    {
        var readerId = User.FindUserId();
        SignedIn = readerId is not null;
        Tag = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim();
        Feed = SignedIn && Tag is null && feed == "your" ? "your" : "global";

        var pageNumber = Pager.Normalize(page);
        var paging = Pager.PagingFor(pageNumber);
        Articles = Feed == "your"
            ? await articles.FeedAsync(readerId!.Value, paging, cancellationToken)
            : await articles.ListAsync(new ArticleFilter(Tag: Tag), paging, readerId, cancellationToken);
        // What is trending this week first (a scheduled job computes it), then the most used of all time to fill the list,
        // so a quiet week or a fresh install still shows tags.
        var trendingTags = await trending.ListAsync(PopularTagCount, cancellationToken);
        PopularTags = trendingTags.Count >= PopularTagCount
            ? trendingTags
            : [.. trendingTags.Concat(await articles.TagsAsync(cancellationToken)).Distinct(StringComparer.Ordinal).Take(PopularTagCount)];
        Pager = new Pager(pageNumber, Articles.ArticlesCount, Request);
    }
}
