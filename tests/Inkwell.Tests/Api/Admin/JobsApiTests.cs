using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Admin;

/// <summary>The worker's jobs at <c>/api/admin/worker</c>, for admins: the overview, and a retry of a failed job.</summary>
[Collection(ApiCollection.Name)]
public sealed class JobsApiTests(InkwellFactory factory)
{
    private readonly AdminApi _admin = new(factory);

    private ApiClient Api => _admin.Client;

    [Fact]
    public async Task An_admin_sees_the_scheduled_jobs_and_is_told_which_job_ids_cannot_be_retried()
    {
        var admin = await _admin.AdminAsync();

        var overview = await (await Api.GetAsync("/api/admin/worker/jobs?all=true", admin.Token)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Contains(overview["scheduled"]!.AsArray(), j => j!["name"]!.GetValue<string>() == "trending-tags");
        Assert.NotNull(overview["background"]!.AsArray());
        await (await Api.PostAsync("/api/admin/worker/jobs/999999999/retry", null, admin.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "job");
        await (await Api.PostAsync("/api/admin/worker/jobs/abc/retry", null, admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "id");
        await (await Api.GetAsync("/api/admin/worker/jobs?all=maybe", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "all");
        await (await Api.PostAsync("/api/admin/worker/schedules/no-such-job/run", null, admin.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "job");
    }

    [Fact]
    public async Task Moderators_and_users_are_forbidden_the_jobs_and_visitors_unauthorized()
    {
        var moderator = await _admin.ModeratorAsync();
        var user = await _admin.UserAsync();

        await (await Api.GetAsync("/api/admin/worker/jobs", moderator.Token)).AssertErrorAsync(HttpStatusCode.Forbidden, "token");
        await (await Api.PostAsync("/api/admin/worker/jobs/1/retry", null, user.Token)).AssertErrorAsync(HttpStatusCode.Forbidden, "token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync("/api/admin/worker/jobs")).StatusCode);
    }
}
