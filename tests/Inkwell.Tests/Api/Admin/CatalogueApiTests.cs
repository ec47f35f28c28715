using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Admin;

/// <summary>Each module's back office catalogue at <c>/api/admin/{module}</c>: admins only, checked input, audited as the caller.</summary>
[Collection(ApiCollection.Name)]
public sealed class CatalogueApiTests(InkwellFactory factory)
{
    private readonly AdminApi _admin = new(factory);

    private ApiClient Api => _admin.Client;

    [Fact]
    public async Task An_admin_finds_an_article_by_a_column_filter_edits_it_and_the_audit_row_names_the_admin()
    {
        var author = await Api.RegisterAsync();
        var title = ApiClient.Unique("Catalogue ");
        var slug = (await Api.CreateArticleAsync(author, title))["slug"]!.GetValue<string>();
        var admin = await _admin.AdminAsync();

        var rows = await (await Api.GetAsync($"/api/admin/content/entities/Article/rows?filter.Title={Uri.EscapeDataString(title)}", admin.Token))
            .ReadJsonAsync(HttpStatusCode.OK);
        var key = Assert.Single(rows["rows"]!.AsArray())!["key"]!.GetValue<string>();
        var edited = await Api.PutAsync($"/api/admin/content/entities/Article/row?key={key}", new { values = new Dictionary<string, string> { ["Title"] = title + " edited" } },
            admin.Token);
        var row = await (await Api.GetAsync($"/api/admin/content/entities/Article/row?key={key}", admin.Token)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, rows["total"]!.GetValue<int>());
        await edited.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(title + " edited", row["row"]!["values"]!["Title"]!.GetValue<string>());
        Assert.Equal(title + " edited", (await (await Api.GetAsync($"/api/articles/{slug}")).ReadJsonAsync(HttpStatusCode.OK))["article"]!["title"]!.GetValue<string>());
        var entry = Assert.Single(await _admin.AuditAsync("content", admin.Username, admin));
        Assert.Equal("updated", entry!["action"]!.GetValue<string>());
        Assert.Equal("Article", entry["entity"]!.GetValue<string>());
        Assert.Equal(key, entry["entityKey"]!.GetValue<string>());
        Assert.Equal(admin.Username, entry["actorName"]!.GetValue<string>());
        Assert.Contains($"\"Title\":\"{title} edited\"", entry["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_creates_and_deletes_a_tag_and_both_changes_are_audited()
    {
        var admin = await _admin.AdminAsync();
        var name = ApiClient.Unique("tag");

        var created = await (await Api.PostAsync("/api/admin/content/entities/Tag/rows", new { values = new Dictionary<string, string> { ["Name"] = name } }, admin.Token))
            .ReadJsonAsync(HttpStatusCode.Created);
        var key = created["row"]!["key"]!.GetValue<string>();
        var deleted = await Api.DeleteAsync($"/api/admin/content/entities/Tag/row?key={key}", admin.Token);
        var gone = await Api.GetAsync($"/api/admin/content/entities/Tag/row?key={key}", admin.Token);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await gone.AssertErrorAsync(HttpStatusCode.NotFound, "row");
        var audit = await _admin.AuditAsync("content", admin.Username, admin);
        Assert.Equal(["deleted", "created"], audit.Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_changed()
    {
        var author = await Api.RegisterAsync();
        var title = ApiClient.Unique("Refused ");
        await Api.CreateArticleAsync(author, title);
        var admin = await _admin.AdminAsync();
        var rows = await (await Api.GetAsync($"/api/admin/content/entities/Article/rows?search={Uri.EscapeDataString(title)}", admin.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var key = Assert.Single(rows["rows"]!.AsArray())!["key"]!.GetValue<string>();
        var row = $"/api/admin/content/entities/Article/row?key={key}";

        await (await Api.GetAsync("/api/admin/content/entities/Article/rows?filter.Nope=1", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "Nope");
        await (await Api.GetAsync("/api/admin/content/entities/Article/rows?sort=-Nope", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "sort");
        await (await Api.GetAsync("/api/admin/content/entities/Article/rows?limit=many", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "limit");
        await (await Api.GetAsync("/api/admin/content/entities/Article/rows?filter.AuthorId=many", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "AuthorId");
        await (await Api.GetAsync("/api/admin/content/entities/Nothing/rows", admin.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "entity");
        await (await Api.GetAsync("/api/admin/content/entities/Article/row", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "key");
        await (await Api.PutAsync(row, new { }, admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "values");
        await (await Api.PutAsync(row, new { values = new Dictionary<string, string> { ["Title"] = new string('x', 1000) } }, admin.Token))
            .AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "Title");
        await (await Api.PutAsync(row, new { values = new Dictionary<string, string> { ["Body"] = " " } }, admin.Token))
            .AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "Body");
        await (await Api.PostAsync("/api/admin/identity/entities/User/rows", new { values = new Dictionary<string, string> { ["Bio"] = "x" } }, admin.Token))
            .AssertErrorAsync(HttpStatusCode.Forbidden, "entity");
        await (await Api.SendAsync(HttpMethod.Put, row, "{\"values\":[1,2]}", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");

        var unchanged = await (await Api.GetAsync(row, admin.Token)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(title, unchanged["row"]!["values"]!["Title"]!.GetValue<string>());
        Assert.Empty(await _admin.AuditAsync("content", admin.Username, admin));
    }

    [Fact]
    public async Task Only_admins_may_use_a_catalogue_moderators_and_users_are_forbidden_and_visitors_unauthorized()
    {
        var moderator = await _admin.ModeratorAsync();
        var user = await _admin.UserAsync();

        foreach (var module in new[] { "identity", "content", "worker", "web" })
        {
            await (await Api.GetAsync($"/api/admin/{module}/entities", moderator.Token)).AssertErrorAsync(HttpStatusCode.Forbidden, "token");
            await (await Api.GetAsync($"/api/admin/{module}/entities", user.Token)).AssertErrorAsync(HttpStatusCode.Forbidden, "token");
            Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync($"/api/admin/{module}/entities")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Api.GetAsync($"/api/admin/{module}/audit", moderator.Token)).StatusCode);
        }
    }

    [Fact]
    public async Task The_worker_and_the_website_show_their_tables_with_payloads_and_documents_read_only_and_nothing_created_there()
    {
        var admin = await _admin.AdminAsync();

        var worker = (await (await Api.GetAsync("/api/admin/worker/entities", admin.Token)).ReadJsonAsync(HttpStatusCode.OK))["entities"]!.AsArray();
        var web = (await (await Api.GetAsync("/api/admin/web/entities", admin.Token)).ReadJsonAsync(HttpStatusCode.OK))["entities"]!.AsArray();

        Assert.Equal(["BackgroundJob", "ScheduledRun", "UptimeResult"], worker.Select(e => e!["name"]!.GetValue<string>()));
        Assert.All(worker, e => Assert.False(e!["canCreate"]!.GetValue<bool>()));
        var job = Field(worker, "BackgroundJob", "Payload");
        Assert.False(job["editable"]!.GetValue<bool>());
        Assert.Equal("Text", job["kind"]!.GetValue<string>());
        Assert.True(Field(worker, "BackgroundJob", "State")["editable"]!.GetValue<bool>());
        Assert.False(Field(worker, "BackgroundJob", "LockedBy")["editable"]!.GetValue<bool>());
        Assert.Equal("SiteDocument", Assert.Single(web)!["name"]!.GetValue<string>());
        Assert.False(Field(web, "SiteDocument", "Body")["editable"]!.GetValue<bool>());
        Assert.DoesNotContain(worker.Concat(web), e => e!["name"]!.GetValue<string>() is "AuditEntry" or "InboxMessage");
    }

    private static JsonNode Field(JsonArray entities, string entity, string field) =>
        entities.Single(e => e!["name"]!.GetValue<string>() == entity)!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == field)!;
}
