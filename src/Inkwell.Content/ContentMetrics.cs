using System.Diagnostics.Metrics;

namespace Inkwell.Content;

/// <summary>Content's business counters, counted where the use case succeeds.</summary>
internal static class ContentMetrics
{
    public const string MeterName = "Inkwell.Content";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> ArticlesPublished = Meter.CreateCounter<long>("inkwell.articles.published", "{article}", "Articles published.");

    public static readonly Counter<long> CommentsAdded = Meter.CreateCounter<long>("inkwell.comments.added", "{comment}", "Comments added to articles.");

    public static readonly Counter<long> FavoritesAdded = Meter.CreateCounter<long>("inkwell.favorites.added", "{favorite}", "Articles favorited (a repeated favorite is not counted).");
}
