using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Transfer;

/// <summary>What an import batch refers to, looked up once per batch rather than once per row.</summary>
internal static class ImportLookups
{
    /// <summary>Author ids by normalized username, from Content's copy of profiles: an author must be a known user.</summary>
    public static async Task<Dictionary<string, long>> AuthorIdsAsync(ContentDbContext db, IEnumerable<string?> usernames, CancellationToken cancellationToken)
    {
        var names = usernames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Usernames.Normalize(n!)).Distinct().ToList();
        var found = await db.Authors
            .Where(a => names.Contains(a.NormalizedUsername))
            .Select(a => new { a.NormalizedUsername, a.Id })
            .ToListAsync(cancellationToken);

        // The copy may briefly hold two profiles with one name (a rename and a sign-up whose events are still on the
        // way); the newest account is the one that holds the name now.
        return found.GroupBy(a => a.NormalizedUsername).ToDictionary(g => g.Key, g => g.Max(a => a.Id), StringComparer.Ordinal);
    }

    public static long? Find(Dictionary<string, long> ids, string? username) =>
        !string.IsNullOrWhiteSpace(username) && ids.TryGetValue(Usernames.Normalize(username), out var id) ? id : null;
}
