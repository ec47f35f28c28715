namespace Inkwell.Platform.Seeding;

/// <summary>
/// How much of everything <c>inkwell seed</c> writes. Every count is exact. The same plan (random seed
/// and <see cref="Now"/> included) always produces the same rows.
/// </summary>
public sealed record SeedPlan
{
    /// <summary>The most tags an article may have (the API's limit).</summary>
    public const int TagLimit = 10;

    public int Users { get; init; }

    /// <summary>Users most others follow and who write more than most; the first users created.</summary>
    public int Celebrities { get; init; }

    public long Follows { get; init; }

    public int Tags { get; init; }

    public int Articles { get; init; }

    public int MinTagsPerArticle { get; init; } = 1;

    public int MaxTagsPerArticle { get; init; } = 5;

    public long Favorites { get; init; }

    public long Comments { get; init; }

    public int RandomSeed { get; init; } = 1;

    /// <summary>The end of the seeded timeline: articles span the two years before it.</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        Check(Users >= 0 && Celebrities >= 0 && Follows >= 0 && Tags >= 0 && Articles >= 0 && Favorites >= 0 && Comments >= 0,
            "Counts can't be negative.");
        Check(Celebrities <= Users, $"--celebrities ({Celebrities}) can't exceed --users ({Users}).");
        Check(Follows <= (long)Users * Math.Max(Users - 1, 0),
            $"--follows ({Follows}) can't exceed users × (users − 1) = {(long)Users * Math.Max(Users - 1, 0)}: nobody follows themselves or anyone twice.");
        Check(Articles == 0 || Users > 0, "Articles need authors: --users must be at least 1.");
        Check(MinTagsPerArticle >= 1 && MinTagsPerArticle <= MaxTagsPerArticle && MaxTagsPerArticle <= TagLimit,
            $"Tags per article must be between 1 and {TagLimit}, minimum first.");
        Check(Articles == 0 || Tags >= MinTagsPerArticle,
            $"Every article has at least {MinTagsPerArticle} tag(s): --tags must be at least {MinTagsPerArticle}.");
        Check(Favorites <= (long)Articles * Users,
            $"--favorites ({Favorites}) can't exceed articles × users = {(long)Articles * Users}: each user favorites an article once.");
        Check(Comments == 0 || (Articles > 0 && Users > 0), "Comments need articles and users.");
        Check(Now.Kind == DateTimeKind.Utc, "Now must be a UTC time.");
        return errors;
    }
}
