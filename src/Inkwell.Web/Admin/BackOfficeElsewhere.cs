using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Inkwell.Web.Admin;

/// <summary>
/// The back office reads the modules' models and writes through their databases, so it runs only where Identity and
/// Content run. A website alone (<c>--target web</c>) answers its pages with the site's 503 page instead of failing
/// on services it does not have (docs/decisions/0016).
/// </summary>
internal sealed class BackOfficeElsewhere : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        context.Result = new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
        return Task.CompletedTask;
    }
}
