using System.Text.RegularExpressions;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inkwell.Tests.Web;

/// <summary>Uses the website as a browser without JavaScript does: cookies, forms and their antiforgery tokens.</summary>
public sealed partial class SiteClient(InkwellFactory factory)
{
    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Loads <paramref name="page"/> and posts its form with the given fields and the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, IDictionary<string, string> fields, string? action = null)
    {
        var html = await Http.GetStringAsync(page);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {page}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await Http.PostAsync(action ?? page, new FormUrlEncodedContent(form));
    }

    public async Task<string> SignUpAsync(string? username = null)
    {
        username ??= ApiClient.Unique("site");
        var response = await SubmitAsync("/register", new Dictionary<string, string>
        {
            ["Input.Username"] = username,
            ["Input.Email"] = $"{username}@example.com",
            ["Input.Password"] = ApiClient.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return username;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
