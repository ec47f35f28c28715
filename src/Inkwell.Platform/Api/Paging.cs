using System.Globalization;

namespace Inkwell.Platform.Api;

/// <summary><c>limit</c> and <c>offset</c> query parameters, checked; <c>limit</c> is capped rather than refused.</summary>
public readonly record struct Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static Paging Parse(string? limit, string? offset, ValidationErrors errors)
    {
        var parsedLimit = DefaultLimit;
        if (!string.IsNullOrEmpty(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out parsedLimit) || parsedLimit < 1))
        {
            errors.Add("limit", "must be a whole number of at least 1");
        }

        var parsedOffset = 0;
        if (!string.IsNullOrEmpty(offset)
            && !int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out parsedOffset))
        {
            errors.Add("offset", "must be a whole number of at least 0");
        }

        return new Paging(Math.Clamp(parsedLimit, 1, MaxLimit), Math.Max(parsedOffset, 0));
    }
}
