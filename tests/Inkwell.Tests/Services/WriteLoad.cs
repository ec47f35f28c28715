using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Inkwell.Tests.Services;

/// <summary>
/// A bounded write load through the gateway: each client signs up once, then writes an article, a comment on it and a
/// favorite of it, over and over. Every write the gateway acknowledged (2xx) is recorded with what it wrote; every
/// other answer or transport failure is recorded as a failure the client saw.
/// </summary>
internal sealed class WriteLoad(Uri gateway, int clients, TimeSpan maxDuration)
{
    public sealed record Writer(string Username, string Token);

    public sealed record Comment(string Slug, long Id);

    public sealed record Favorite(string Slug, Writer By);

    private readonly Stopwatch _clock = new();
    private long _stopAtTicks = maxDuration.Ticks;

    public ConcurrentBag<string> Articles { get; } = [];

    public ConcurrentBag<Comment> Comments { get; } = [];

    public ConcurrentBag<Favorite> Favorites { get; } = [];

    public ConcurrentQueue<string> Failures { get; } = new();

    public ConcurrentQueue<TimeSpan> AcknowledgedAt { get; } = new();

    public TimeSpan Elapsed => _clock.Elapsed;

    public void StopIn(TimeSpan delay) => Interlocked.Exchange(ref _stopAtTicks, Math.Min(maxDuration.Ticks, (_clock.Elapsed + delay).Ticks));

    public async Task RunAsync(IReadOnlyList<Writer> writers)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(20) };
        _clock.Start();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => ClientAsync(http, writers[i % writers.Count]))));
    }

    private async Task ClientAsync(HttpClient http, Writer writer)
    {
        for (var n = 0; _clock.Elapsed.Ticks < Interlocked.Read(ref _stopAtTicks); n++)
        {
            var title = $"load {writer.Username} {n}";
            var article = await WriteAsync(http, writer, HttpMethod.Post, "/api/articles",
                new { article = new { title, description = "under load", body = "written while an instance dies", tagList = new[] { "load" } } });
            if (article?["article"]?["slug"]?.GetValue<string>() is not { } slug)
            {
                continue;
            }

            Articles.Add(slug);
            var comment = await WriteAsync(http, writer, HttpMethod.Post, $"/api/articles/{slug}/comments", new { comment = new { body = $"comment {n}" } });
            if (comment?["comment"]?["id"]?.GetValue<long>() is { } id)
            {
                Comments.Add(new Comment(slug, id));
            }

            if (await WriteAsync(http, writer, HttpMethod.Post, $"/api/articles/{slug}/favorite", null) is not null)
            {
                Favorites.Add(new Favorite(slug, writer));
            }
        }
    }

    /// <summary>The answer's body when the write was acknowledged; null (and a recorded failure) otherwise.</summary>
    private async Task<JsonNode?> WriteAsync(HttpClient http, Writer writer, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", writer.Token);
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                AcknowledgedAt.Enqueue(_clock.Elapsed);
                return JsonNode.Parse(text);
            }

            Failures.Enqueue($"{(int)response.StatusCode} {method} {path}");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
        {
            Failures.Enqueue($"{error.GetType().Name} {method} {path}");
        }

        return null;
    }
}
