using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Web;

/// <summary>An admin works on any entity from its metadata: list, search, sort, edit, delete, each change audited.</summary>
[Collection(ApiCollection.Name)]
public sealed class BackOfficeDataTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task An_admin_searches_edits_and_deletes_an_article_and_the_audit_log_shows_who_did_what()
    {
        var author = await _api.RegisterAsync();
        var title = ApiClient.Unique("Backoffice ");
        var article = await _api.CreateArticleAsync(author, title);
        var slug = article["slug"]!.GetValue<string>();
        var (admin, adminName) = await BackOfficeSite.SignInAsAsync(factory, Roles.Admin);

        var found = await admin.Http.GetStringAsync($"/admin/data/content/Article?search={Uri.EscapeDataString(title)}");
        var id = System.Text.RegularExpressions.Regex.Match(found, "<tr data-key=\"([0-9]+)\"").Groups[1].Value;
        var edited = await admin.SubmitAsync($"/admin/data/content/Article/{id}/edit", new Dictionary<string, string>
        {
            ["Values[Title]"] = title + " edited",
        });
        var afterEdit = await _api.GetAsync($"/api/articles/{slug}");
        var deleted = await admin.SubmitAsync($"/admin/data/content/Article/{id}", new Dictionary<string, string>(), $"/admin/data/content/Article/{id}?handler=Delete");
        var afterDelete = await _api.GetAsync($"/api/articles/{slug}");
        var audit = await admin.Http.GetStringAsync($"/admin/audit?entity=Article&actor={adminName}");

        Assert.Contains(title, found, StringComparison.Ordinal);
        Assert.NotEmpty(id);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(title + " edited", (await afterEdit.ReadJsonAsync(HttpStatusCode.OK))["article"]!["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(audit, "class=\"audit-entry\"").Count);
        Assert.Contains("updated", audit, StringComparison.Ordinal);
        Assert.Contains("deleted", audit, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode($"\"Title\":\"{title} edited\""), audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_opens_and_deletes_a_generated_site_document_by_its_path_and_the_site_makes_it_again()
    {
        var (admin, adminName) = await BackOfficeSite.SignInAsAsync(factory, Roles.Admin);
        await admin.Http.GetStringAsync("/feed.atom");
        var row = $"/admin/data/web/SiteDocument/{Uri.EscapeDataString("/feed.atom")}";

        var details = await admin.Http.GetAsync(row);
        var edit = await admin.Http.GetAsync($"/admin/data/web/SiteDocument/new");
        var deleted = await admin.SubmitAsync(row, new Dictionary<string, string>(), $"{row}?handler=Delete");
        var gone = await admin.Http.GetAsync(row);
        var feed = await admin.Http.GetAsync("/feed.atom");
        var audit = await admin.Http.GetStringAsync($"/admin/audit?entity=SiteDocument&actor={adminName}");

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("application/atom+xml", await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("web / SiteDocument", audit, StringComparison.Ordinal);
        Assert.Contains("deleted", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_the_model_refuses_are_422_next_to_the_field_and_change_nothing()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);
        var (admin, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Admin);
        var found = await admin.Http.GetStringAsync($"/admin/data/content/Article?f.Slug={article["slug"]!.GetValue<string>()}");
        var id = System.Text.RegularExpressions.Regex.Match(found, "<tr data-key=\"([0-9]+)\"").Groups[1].Value;

        var tooLong = await admin.SubmitAsync($"/admin/data/content/Article/{id}/edit", new Dictionary<string, string> { ["Values[Title]"] = new string('x', 1000) });
        var blank = await admin.SubmitAsync($"/admin/data/content/Article/{id}/edit", new Dictionary<string, string> { ["Values[Body]"] = " " });
        var notANumber = await admin.SubmitAsync($"/admin/data/content/Article/{id}/edit", new Dictionary<string, string> { ["Values[AuthorId]"] = "many" });
        var badFilter = await admin.Http.GetAsync("/admin/data/content/Article?f.AuthorId=many");
        var unchanged = await _api.GetAsync($"/api/articles/{article["slug"]!.GetValue<string>()}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("Title is too long", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("Body can&#x27;t be blank", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notANumber.StatusCode);
        Assert.Contains("AuthorId must be a whole number", await notANumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badFilter.StatusCode);
        Assert.Equal(article["title"]!.GetValue<string>(), (await unchanged.ReadJsonAsync(HttpStatusCode.OK))["article"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_creates_a_tag_and_a_duplicate_is_refused_by_its_unique_index_not_a_fault()
    {
        var (admin, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Admin);
        var name = ApiClient.Unique("tag");

        var created = await admin.SubmitAsync("/admin/data/content/Tag/new", new Dictionary<string, string> { ["Values[Name]"] = name });
        var again = await admin.SubmitAsync("/admin/data/content/Tag/new", new Dictionary<string, string> { ["Values[Name]"] = name });
        var list = await admin.Http.GetStringAsync($"/admin/data/content/Tag?f.Name={name}");

        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"{created.StatusCode} {created.Headers.Location}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("refused by the database", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(list, "<tr data-key="));
    }

    [Fact]
    public async Task Lists_sort_by_any_column_in_both_directions_and_page()
    {
        var author = await _api.RegisterAsync();
        var marker = ApiClient.Unique("Sorted ");
        foreach (var letter in new[] { "b", "a", "c" })
        {
            await _api.CreateArticleAsync(author, $"{marker} {letter}");
        }

        var (admin, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Admin);

        var ascending = await admin.Http.GetStringAsync($"/admin/data/content/Article?search={Uri.EscapeDataString(marker)}&sort=Title");
        var descending = await admin.Http.GetStringAsync($"/admin/data/content/Article?search={Uri.EscapeDataString(marker)}&sort=-Title");

        Assert.True(ascending.IndexOf($"{marker} a", StringComparison.Ordinal) < ascending.IndexOf($"{marker} c", StringComparison.Ordinal));
        Assert.True(descending.IndexOf($"{marker} c", StringComparison.Ordinal) < descending.IndexOf($"{marker} a", StringComparison.Ordinal));
        Assert.Contains("3 rows", ascending, StringComparison.Ordinal);
    }
}
