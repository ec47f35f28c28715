using System.Globalization;
using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Remote;

namespace Inkwell.Web.Remote;

/// <summary>
/// Content's moderation over its admin API (<c>/api/admin/content/…/hidden</c>), on behalf of the moderator signed in to
/// the site: Content checks their role and audits the change under their name.
/// </summary>
internal sealed class ModerationClient(IHttpClientFactory clients, SiteTokens tokens) : IModeration
{
    internal sealed record ModerationBody(ModerationState Moderation);

    internal sealed record ModerationState(bool Hidden);

    private readonly ModuleHttp _http = new(clients.CreateClient(RemoteModules.ContentClient), "content");

    public async Task<Result<bool>> SetArticleHiddenAsync(string slug, bool hidden, CancellationToken cancellationToken) =>
        await SetHiddenAsync($"api/admin/content/articles/{Uri.EscapeDataString(slug)}/hidden", hidden, cancellationToken);

    public async Task<Result<bool>> SetCommentHiddenAsync(long commentId, bool hidden, CancellationToken cancellationToken) =>
        await SetHiddenAsync($"api/admin/content/comments/{commentId.ToString(CultureInfo.InvariantCulture)}/hidden", hidden, cancellationToken);

    private async Task<Result<bool>> SetHiddenAsync(string path, bool hidden, CancellationToken cancellationToken) =>
        await _http.SendAsync<ModerationBody, bool>(
            HttpMethod.Put, path, new ModerationBody(new ModerationState(hidden)), await tokens.ForSignedInAsync(), answer => answer.Moderation.Hidden,
            cancellationToken);
}
