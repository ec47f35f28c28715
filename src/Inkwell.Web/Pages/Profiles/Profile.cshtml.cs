using Inkwell.Content.Contracts;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Caching;
using Inkwell.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Inkwell.Web.Pages.Profiles;

[OutputCache(PolicyName = CachingSetup.AnonymousReads)]
public sealed class ProfileModel(IProfiles profiles, IArticles articles) : PageModel
{
    public UserProfile Profile { get; private set; } = null!;

    /// <summary>Showing the articles they favorited rather than the ones they wrote.</summary>
    public bool Favorites { get; private set; }

    public ArticleList Articles { get; private set; } = new([], 0);

    public Pager Pager { get; private set; } = null!;

    // [FromQuery]: "page" is also Razor Pages' own route value (the page's path), which would win over ?page=2.
    public async Task<IActionResult> OnGetAsync(string username, string? tab, [FromQuery] int? page, CancellationToken cancellationToken)
    {
        if (tab is not (null or "favorites"))
        {
            return NotFound();
        }

        var readerId = User.FindUserId();
        var result = await profiles.GetAsync(username, readerId, cancellationToken);
        if (result.Value is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        Favorites = tab == "favorites";
        var pageNumber = Pager.Normalize(page);
        var filter = Favorites ? new ArticleFilter(Favorited: profile.Username) : new ArticleFilter(Author: profile.Username);
        Articles = await articles.ListAsync(filter, Pager.PagingFor(pageNumber), readerId, cancellationToken);
        Pager = new Pager(pageNumber, Articles.ArticlesCount, Request);
        return Page();
    }

    public async Task<IActionResult> OnPostFollowAsync(string username, string? returnUrl, CancellationToken cancellationToken) =>
        User.FindUserId() is not { } userId
            ? Challenge()
            : Outcome((await profiles.FollowAsync(userId, username, cancellationToken)).Succeeded, username, returnUrl);

    public async Task<IActionResult> OnPostUnfollowAsync(string username, string? returnUrl, CancellationToken cancellationToken) =>
        User.FindUserId() is not { } userId
            ? Challenge()
            : Outcome((await profiles.UnfollowAsync(userId, username, cancellationToken)).Succeeded, username, returnUrl);

    private IActionResult Outcome(bool succeeded, string username, string? returnUrl) =>
        succeeded ? LocalRedirect(SiteUrls.SafeReturn(returnUrl, SiteUrls.Profile(username))) : NotFound();
}
