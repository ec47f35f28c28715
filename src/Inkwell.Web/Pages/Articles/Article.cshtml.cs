using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Caching;
using Inkwell.Web.Admin;
using Inkwell.Web.Markdown;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Web.Pages.Articles;

[OutputCache(PolicyName = CachingSetup.AnonymousReads)]
public sealed class ArticleModel(IArticles articles, IComments comments, IModeration moderation, MarkdownRenderer markdown) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public IReadOnlyList<CommentView> Comments { get; private set; } = [];

    [BindProperty]
    public string? CommentBody { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(string slug, CancellationToken cancellationToken)
    {
        if (User.FindUserId() is not { } userId)
        {
            return Challenge();
        }

        var result = await comments.AddAsync(userId, slug, CommentBody, cancellationToken);
        if (result.Value is { } comment)
        {
            return Redirect($"{SiteUrls.Article(slug)}#comment-{comment.Id}");
        }

        if (result.Failure == FailureKind.NotFound || !await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, new Dictionary<string, string> { ["body"] = nameof(CommentBody) });
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteCommentAsync(string slug, long id, CancellationToken cancellationToken) =>
        User.FindUserId() is not { } userId
            ? Challenge()
            : Outcome(await comments.DeleteAsync(userId, slug, id, cancellationToken), Redirect($"{SiteUrls.Article(slug)}#comments"));

    public async Task<IActionResult> OnPostDeleteAsync(string slug, CancellationToken cancellationToken) =>
        User.FindUserId() is not { } userId
            ? Challenge()
            : Outcome(await articles.DeleteAsync(userId, slug, cancellationToken), Redirect("/"));

    public async Task<IActionResult> OnPostFavoriteAsync(string slug, string? returnUrl, CancellationToken cancellationToken) =>
        User.FindUserId() is not { } userId
            ? Challenge()
            : Outcome(await articles.FavoriteAsync(userId, slug, cancellationToken), LocalRedirect(SiteUrls.SafeReturn(returnUrl, SiteUrls.Article(slug))));

    public async Task<IActionResult> OnPostUnfavoriteAsync(string slug, string? returnUrl, CancellationToken cancellationToken) =>
        User.FindUserId() is not { } userId
            ? Challenge()
            : Outcome(await articles.UnfavoriteAsync(userId, slug, cancellationToken), LocalRedirect(SiteUrls.SafeReturn(returnUrl, SiteUrls.Article(slug))));

    /// <summary>A moderator hides the article from everyone but its author, or shows it again.</summary>
    public async Task<IActionResult> OnPostHideAsync(string slug, bool hidden, CancellationToken cancellationToken)
    {
        if (!await MayModerateAsync())
        {
            return Forbid();
        }

        Result<bool> result;
        using (BackOffice.AuditAs(User))
        {
            result = await moderation.SetArticleHiddenAsync(slug, hidden, cancellationToken);
        }

        return Outcome(result, Redirect(hidden ? "/" : SiteUrls.Article(slug)));
    }

    public async Task<IActionResult> OnPostHideCommentAsync(string slug, long id, bool hidden, CancellationToken cancellationToken)
    {
        if (!await MayModerateAsync())
        {
            return Forbid();
        }

        Result<bool> result;
        using (BackOffice.AuditAs(User))
        {
            result = await moderation.SetCommentHiddenAsync(id, hidden, cancellationToken);
        }

        return Outcome(result, Redirect($"{SiteUrls.Article(slug)}#comments"));
    }

    /// <summary>
    /// Whether this reader sees the hide buttons: a moderator or an admin. Moderation is Content's own service in its process,
    /// or its admin API from a website alone; either way the site offers it.
    /// </summary>
    public bool CanModerate => User.IsInRole(Roles.Moderator) || User.IsInRole(Roles.Admin);

    private async Task<bool> MayModerateAsync() =>
        (await HttpContext.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(User, Policies.Moderator)).Succeeded;

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var readerId = User.FindUserId();
        var result = await articles.GetAsync(slug, readerId, cancellationToken);
        if (result.Value is not { } article)
        {
            return false;
        }

        Article = article;
        BodyHtml = markdown.ToSafeHtml(article.Body);
        Comments = (await comments.ListAsync(slug, readerId, cancellationToken)).Value ?? [];
        return true;
    }

    private IActionResult Outcome<T>(Result<T> result, IActionResult onSuccess) => result.Failure switch
    {
        FailureKind.None => onSuccess,
        FailureKind.Forbidden => StatusCode(StatusCodes.Status403Forbidden),
        _ => NotFound(),
    };
}
