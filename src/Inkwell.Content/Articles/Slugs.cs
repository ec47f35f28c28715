using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

/// <summary>URL names for articles: readable, unique, and changed only when the title changes.</summary>
internal static partial class Slugs
{
    private const int BaseMaxLength = 100;

    public const int SequentialAttempts = 8;

    private const int CandidatesPerLookup = 20;

    // The app runs in invariant globalization mode, where string.Normalize cannot decompose "é" into
    // "e" and a mark, so accented Latin letters are folded with this table instead.
    private static readonly Dictionary<char, string> LatinFolds = FoldTable(
        ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("Ææ", "ae"), ("ÇçĆćĈĉĊċČč", "c"), ("ÐðĎďĐđ", "d"),
        ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"),
        ("Ĳĳ", "ij"), ("Ĵĵ", "j"), ("Ķķĸ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇňŉŊŋ", "n"),
        ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("Œœ", "oe"), ("ŔŕŖŗŘř", "r"), ("ŚśŜŝŞşŠšſ", "s"), ("ß", "ss"),
        ("ŢţŤťŦŧ", "t"), ("Þþ", "th"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"),
        ("ŹźŻżŽž", "z"));

    /// <summary>What a slug may look like: lower-case letters and digits in groups joined by single dashes, as titles give them.</summary>
    public static bool IsWellFormed(string slug) => slug.Length <= ArticleRules.SlugMaxLength && WellFormed().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex WellFormed();

    public static string FromTitle(string title)
    {
        var text = new StringBuilder();
        var pendingDash = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = LatinFolds.GetValueOrDefault(c);
            if (char.IsAsciiLetterOrDigit(c) || folded is not null)
            {
                if (pendingDash && text.Length > 0)
                {
                    text.Append('-');
                }

                text.Append(folded ?? char.ToLowerInvariant(c).ToString());
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }

            if (text.Length >= BaseMaxLength)
            {
                break;
            }
        }

        return text.Length == 0 ? "article" : text.ToString().TrimEnd('-');
    }

    private static Dictionary<char, string> FoldTable(params (string Letters, string Ascii)[] folds) =>
        folds.SelectMany(fold => fold.Letters.Select(letter => (Letter: letter, fold.Ascii))).ToDictionary(f => f.Letter, f => f.Ascii);

    /// <summary>The title's slug, with "-2", "-3"… appended when another article has it already.</summary>
    public static async Task<string> UniqueAsync(ContentDbContext db, string title, long? exceptArticleId, CancellationToken cancellationToken)
        => await UniqueAsync(db, title, exceptArticleId, attempt: 1, cancellationToken);

    /// <summary>
    /// As above; after <see cref="SequentialAttempts"/> tries (many writers racing for one title) a short
    /// random suffix is used instead, which cannot keep colliding.
    /// </summary>
    public static async Task<string> UniqueAsync(ContentDbContext db, string title, long? exceptArticleId, int attempt, CancellationToken cancellationToken)
    {
        var slug = FromTitle(title);
        if (attempt > SequentialAttempts)
        {
            return $"{slug}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";
        }

        // Exact candidates, looked up through the unique index: a prefix match (LIKE 'slug-%') reads the whole
        // index, or the whole table, since the engines cannot seek on a pattern under every collation.
        for (var first = 1; ; first += CandidatesPerLookup)
        {
            var candidates = Enumerable.Range(first, CandidatesPerLookup).Select(n => n == 1 ? slug : $"{slug}-{n}").ToList();
            var taken = (await db.Articles
                    .Where(a => a.Id != exceptArticleId && candidates.Contains(a.Slug))
                    .Select(a => a.Slug)
                    .ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);

            if (candidates.FirstOrDefault(candidate => !taken.Contains(candidate)) is { } free)
            {
                return free;
            }
        }
    }
}
