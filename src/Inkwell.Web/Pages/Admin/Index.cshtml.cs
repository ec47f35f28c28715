using Inkwell.Web.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Admin;

/// <summary>The back office's start: admins see every module's entities; moderators only what they may do.</summary>
public sealed class IndexModel(BackOffice backOffice) : PageModel
{
    public BackOffice BackOffice => backOffice;
}
