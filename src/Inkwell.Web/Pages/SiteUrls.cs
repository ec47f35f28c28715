using Microsoft.AspNetCore.Http;

namespace Inkwell.Web.Pages;

/// <summary>Absolute and return URLs for pages, feeds and the sitemap.</summary>
public static class SiteUrls
{
    public static string Absolute(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}{request.PathBase}{path}";

    public static string Article(string slug) => $"/article/{Uri.EscapeDataString(slug)}";

    public static string Profile(string username) => $"/profile/{Uri.EscapeDataString(username)}";

    /// <summary>Only a path on this site: never an open redirect to somewhere else.</summary>
    public static string SafeReturn(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : fallback;
}
