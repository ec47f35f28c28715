using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? status) => Show(status);

    // A failed POST is re-executed as a POST: answer it the same way.
    public void OnPost(int? status) => Show(status);

    private void Show(int? status)
    {
        Status = status ?? StatusCodes.Status500InternalServerError;
        (Title, Explanation) = Status switch
        {
            404 => ("Page not found", "There is nothing here. The article may have been deleted or its title changed."),
            400 => ("Your request could not be accepted", "The form may have expired. Go back, reload the page and try again."),
            403 => ("Not yours to change", "Only the author can do that."),
            429 => ("Slow down", "Too many requests. Wait a moment and try again."),
            503 => ("Temporarily unavailable", "Part of the site is not answering right now. Try again in a moment."),
            _ => ("Something went wrong", "We could not show this page. Try again in a moment."),
        };
        Response.StatusCode = Status;
    }
}
