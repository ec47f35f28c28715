using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Admin;

/// <summary>Content's moderation at <c>/api/admin/content/…/hidden</c>: moderators hide and show, audited under their name.</summary>
[Collection(ApiCollection.Name)]
public sealed class ModerationApiTests(InkwellFactory factory)
{
    private readonly AdminApi _admin = new(factory);

    private ApiClient Api => _admin.Client;

    [Fact]
    public async Task A_moderator_hides_an_article_and_a_comment_and_the_audit_rows_name_the_moderator()
    {
        var author = await Api.RegisterAsync();
        var slug = (await Api.CreateArticleAsync(author))["slug"]!.GetValue<string>();
        var comment = await (await Api.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body = "Hide me" } }, author.Token))
            .ReadJsonAsync(HttpStatusCode.OK);
        var commentId = comment["comment"]!["id"]!.GetValue<long>();
        var moderator = await _admin.ModeratorAsync();

        var hidComment = await (await Api.PutAsync($"/api/admin/content/comments/{commentId}/hidden", new { moderation = new { hidden = true } }, moderator.Token))
            .ReadJsonAsync(HttpStatusCode.OK);
        var comments = await (await Api.GetAsync($"/api/articles/{slug}/comments")).ReadJsonAsync(HttpStatusCode.OK);
        var hidArticle = await (await Api.PutAsync($"/api/admin/content/articles/{slug}/hidden", new { moderation = new { hidden = true } }, moderator.Token))
            .ReadJsonAsync(HttpStatusCode.OK);
        var hidden = await Api.GetAsync($"/api/articles/{slug}");
        await (await Api.PutAsync($"/api/admin/content/articles/{slug}/hidden", new { moderation = new { hidden = false } }, moderator.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var shown = await Api.GetAsync($"/api/articles/{slug}");

        Assert.True(hidComment["moderation"]!["hidden"]!.GetValue<bool>());
        Assert.Empty(comments["comments"]!.AsArray());
        Assert.True(hidArticle["moderation"]!["hidden"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var audit = await _admin.AuditAsync("content", moderator.Username, await _admin.AdminAsync());
        Assert.Equal(["Article", "Article", "Comment"], audit.Select(e => e!["entity"]!.GetValue<string>()));
        Assert.All(audit, e => Assert.Equal(moderator.Username, e!["actorName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_named_and_plain_users_are_forbidden()
    {
        var author = await Api.RegisterAsync();
        var slug = (await Api.CreateArticleAsync(author))["slug"]!.GetValue<string>();
        var moderator = await _admin.ModeratorAsync();

        await (await Api.PutAsync($"/api/admin/content/articles/{slug}/hidden", new { }, moderator.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "hidden");
        await (await Api.PutAsync($"/api/admin/content/articles/{slug}/hidden", "{\"moderation\":{\"hidden\":\"yes\"}}", moderator.Token))
            .AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");
        await (await Api.PutAsync("/api/admin/content/comments/abc/hidden", new { moderation = new { hidden = true } }, moderator.Token))
            .AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "id");
        await (await Api.PutAsync("/api/admin/content/articles/no-such-article/hidden", new { moderation = new { hidden = true } }, moderator.Token))
            .AssertErrorAsync(HttpStatusCode.NotFound, "article");
        await (await Api.PutAsync($"/api/admin/content/articles/{slug}/hidden", new { moderation = new { hidden = true } }, author.Token))
            .AssertErrorAsync(HttpStatusCode.Forbidden, "token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.PutAsync($"/api/admin/content/articles/{slug}/hidden", new { moderation = new { hidden = true } })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync($"/api/articles/{slug}")).StatusCode);
    }
}
