using Inkwell.Platform.Api;
using Inkwell.Worker.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Web.Pages.Admin;

/// <summary>The worker's jobs, as <c>inkwell jobs list</c> shows them, with a retry for the failed ones.</summary>
public sealed class JobsModel : PageModel
{
    public JobsOverview? Overview { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The worker runs in the all-in-one process; a website without it says so rather than failing.
        if (HttpContext.RequestServices.GetService<IJobs>() is { } jobs)
        {
            Overview = await jobs.ListAsync(includeSucceeded: false, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        if (HttpContext.RequestServices.GetService<IJobs>() is not { } jobs)
        {
            return NotFound();
        }

        var result = await jobs.RetryAsync(id, cancellationToken);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Message = $"Job {id} was not retried: {result.Error?.Describe()}.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await OnGetAsync(cancellationToken);
            return Page();
        }

        return Redirect("/admin/jobs");
    }
}
