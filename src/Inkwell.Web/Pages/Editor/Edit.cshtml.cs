using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Inkwell.Web.Auth;
using Inkwell.Web.Markdown;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Editor;

/// <summary>Writes a new article or edits one of the signed-in author's own (the folder requires sign-in).</summary>
public sealed class EditModel(IArticles articles, MarkdownRenderer markdown) : PageModel
{
    public sealed class ArticleInput
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public string? Body { get; set; }

        /// <summary>Comma-separated, as typed.</summary>
        public string? Tags { get; set; }
    }

    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [FromRoute]
    public string? Slug { get; set; }

    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Slug is null)
        {
            return Page();
        }

        var result = await articles.GetAsync(Slug, User.GetUserId(), cancellationToken);
        if (result.Value is not { } article)
        {
            return NotFound();
        }

        if (!string.Equals(article.Author.Username, User.Username(), StringComparison.OrdinalIgnoreCase))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Input = new ArticleInput { Title = article.Title, Description = article.Description, Body = article.Body, Tags = string.Join(", ", article.TagList) };
        return Page();
    }

    public IActionResult OnPostPreview()
    {
        PreviewHtml = markdown.ToSafeHtml(Input.Body ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var draft = new ArticleDraft(Input.Title ?? "", Input.Description ?? "", Input.Body ?? "", (Input.Tags ?? "").Split(','));
        var userId = User.GetUserId();
        var result = Slug is null
            ? await articles.CreateAsync(userId, draft, cancellationToken)
            : await articles.UpdateAsync(userId, Slug, draft, cancellationToken);

        switch (result.Failure)
        {
            case FailureKind.None:
                return Redirect(SiteUrls.Article(result.Value!.Slug));
            case FailureKind.NotFound:
                return NotFound();
            case FailureKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                ModelState.AddErrors(result.Error, new Dictionary<string, string>
                {
                    ["title"] = "Input.Title",
                    ["description"] = "Input.Description",
                    ["body"] = "Input.Body",
                    ["tagList"] = "Input.Tags",
                });
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
    }
}
