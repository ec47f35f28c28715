using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Inkwell.Web.Remote;

/// <summary>A page whose person's sign-in has run out at Identity sends them to sign in again, and back afterwards.</summary>
internal sealed class SiteSessionExpiredFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is SiteSessionExpiredException)
        {
            var request = context.HttpContext.Request;
            executed.ExceptionHandled = true;
            executed.Result = new LocalRedirectResult($"/login?ReturnUrl={Uri.EscapeDataString(request.Path + request.QueryString)}");
        }
    }
}

/// <summary>The signed-in person's tokens could not be renewed (revoked, expired, or never held): they must sign in again.</summary>
public sealed class SiteSessionExpiredException() : Exception("The site session's tokens could not be renewed; sign in again.");
