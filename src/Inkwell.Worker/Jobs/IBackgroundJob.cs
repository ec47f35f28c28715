using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Worker.Jobs;

/// <summary>The handler of one kind of background job. Throwing fails the attempt; the runner retries it later.</summary>
internal interface IBackgroundJob
{
    string Name { get; }

    Task RunAsync(string payload, CancellationToken cancellationToken);
}

/// <summary>A handler whose input is a record, stored as JSON in the job's row.</summary>
internal abstract class BackgroundJob<TPayload> : IBackgroundJob
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public abstract string Name { get; }

    public Task RunAsync(string payload, CancellationToken cancellationToken) =>
        RunAsync(JsonSerializer.Deserialize<TPayload>(payload, Json)
            ?? throw new InvalidDataException($"Job {Name} has an empty payload."), cancellationToken);

    protected abstract Task RunAsync(TPayload payload, CancellationToken cancellationToken);
}

internal static class BackgroundJobRegistration
{
    /// <summary>Makes jobs named <typeparamref name="TJob"/>'s name runnable in this process.</summary>
    public static IServiceCollection AddBackgroundJob<TJob>(this IServiceCollection services)
        where TJob : class, IBackgroundJob =>
        services.AddScoped<IBackgroundJob, TJob>();
}
