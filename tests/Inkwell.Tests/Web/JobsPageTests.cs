using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Web;

/// <summary>/admin/jobs shows the worker's jobs by state through <c>IJobs</c> and retries a failed one.</summary>
[Collection(ApiCollection.Name)]
public sealed class JobsPageTests(InkwellFactory factory)
{
    [Fact]
    public async Task An_admin_sees_the_schedules_and_a_dead_lettered_job_and_retries_it()
    {
        var error = ApiClient.Unique("SMTP said no ");
        long id;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkerDbContext>();
            var job = new BackgroundJob
            {
                Name = "mail-comment", Payload = "{}", State = "dead", Attempts = 5, MaxAttempts = 5,
                CreatedAt = DateTime.UtcNow, RunAt = DateTime.UtcNow, FinishedAt = DateTime.UtcNow, LastError = error,
            };
            db.Add(job);
            await db.SaveChangesAsync();
            id = job.Id;
        }

        var (admin, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Admin);

        var page = await admin.Http.GetStringAsync("/admin/jobs");
        var retried = await admin.SubmitAsync("/admin/jobs", new Dictionary<string, string>(), $"/admin/jobs?handler=Retry&id={id}");
        var unknown = await admin.SubmitAsync("/admin/jobs", new Dictionary<string, string>(), "/admin/jobs?handler=Retry&id=0");
        string state;
        using (var scope = factory.Services.CreateScope())
        {
            state = await scope.ServiceProvider.GetRequiredService<WorkerDbContext>().Set<BackgroundJob>().Where(j => j.Id == id).Select(j => j.State).SingleAsync();
        }

        Assert.Contains("trending-tags", page, StringComparison.Ordinal);
        Assert.Contains("weekly-digest", page, StringComparison.Ordinal);
        Assert.Contains($"data-job=\"{id}\"", page, StringComparison.Ordinal);
        Assert.Contains(error, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.NotEqual("dead", state);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
