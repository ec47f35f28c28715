using Inkwell.Platform.Api;
using Inkwell.Platform.Remote;
using Inkwell.Worker.Contracts;

namespace Inkwell.Web.Remote;

/// <summary>
/// The worker's jobs over its admin API (<c>/api/admin/worker</c>), for a website without the worker in its process, on
/// behalf of the admin signed in to the site.
/// </summary>
internal sealed class JobsClient(IHttpClientFactory clients, SiteTokens tokens) : IJobs
{
    internal sealed record JobAnswer(BackgroundJobView Job);

    internal sealed record RunAnswer(ScheduledRunView Run);

    private readonly ModuleHttp _http = new(clients.CreateClient(RemoteModules.WorkerClient), "worker");

    public async Task<JobsOverview> ListAsync(bool includeSucceeded, CancellationToken cancellationToken) =>
        await _http.GetAsync<JobsOverview>("api/admin/worker/jobs" + (includeSucceeded ? "?all=true" : ""), await tokens.ForSignedInAsync(), cancellationToken);

    public async Task<Result<BackgroundJobView>> RetryAsync(long jobId, CancellationToken cancellationToken) =>
        await _http.SendAsync<JobAnswer, BackgroundJobView>(
            HttpMethod.Post,
            $"api/admin/worker/jobs/{jobId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/retry",
            null,
            await tokens.ForSignedInAsync(),
            answer => answer.Job,
            cancellationToken);

    /// <summary>Runs the job in the worker's process; a run that fails there comes back as a failure with its error.</summary>
    public async Task<Result<ScheduledRunView>> RunNowAsync(string name, CancellationToken cancellationToken) =>
        await _http.SendAsync<RunAnswer, ScheduledRunView>(
            HttpMethod.Post, $"api/admin/worker/schedules/{Uri.EscapeDataString(name)}/run", null, await tokens.ForSignedInAsync(), answer => answer.Run,
            cancellationToken);
}
