using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Admin;

/// <summary>The admin API's callers: one of each role, signed in with their own access token.</summary>
internal sealed class AdminApi(InkwellFactory factory)
{
    public ApiClient Client { get; } = factory.CreateApiClient();

    public async Task<SignedInUser> AdminAsync() => await factory.RegisterWithRoleAsync(Roles.Admin);

    public async Task<SignedInUser> ModeratorAsync() => await factory.RegisterWithRoleAsync(Roles.Moderator);

    public async Task<SignedInUser> UserAsync() => await Client.RegisterAsync();

    /// <summary>The audit entries a module's log holds for one actor, read by an admin through the API.</summary>
    public async Task<JsonArray> AuditAsync(string module, string actor, SignedInUser admin) =>
        (await (await Client.GetAsync($"/api/admin/{module}/audit?actor={Uri.EscapeDataString(actor)}", admin.Token)).ReadJsonAsync(HttpStatusCode.OK))["entries"]!
        .AsArray();
}
