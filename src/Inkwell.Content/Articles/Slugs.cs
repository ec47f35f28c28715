using System.Globalization;
using System.Text;
using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

/// <summary>URL names for articles: readable, unique, and changed only when the title changes.</summary>
internal static class Slugs
{
    private const int BaseMaxLength = 100;

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

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && text.Length > 0)
                {
                    text.Append('-');
                }

                text.Append(char.ToLowerInvariant(c));
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

    /// <summary>The title's slug, with "-2", "-3"… appended when another article has it already.</summary>
    public static async Task<string> UniqueAsync(ContentDbContext db, string title, long? exceptArticleId, CancellationToken cancellationToken)
    {
        var slug = FromTitle(title);
        var prefix = slug + "-";
        var taken = (await db.Articles
                .Where(a => a.Id != exceptArticleId && (a.Slug == slug || a.Slug.StartsWith(prefix)))
                .Select(a => a.Slug)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        if (!taken.Contains(slug))
        {
            return slug;
        }

        var suffix = 2;
        while (taken.Contains($"{prefix}{suffix}"))
        {
            suffix++;
        }

        return $"{prefix}{suffix}";
    }
}
