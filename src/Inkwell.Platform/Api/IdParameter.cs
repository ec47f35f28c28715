using System.Globalization;

namespace Inkwell.Platform.Api;

/// <summary>A row's id in a path or query (<c>/api/users/mail-recipients/{userId}</c>), checked: a whole number of at least 1.</summary>
public static class IdParameter
{
    /// <summary>The id, or 0 with an error added to <paramref name="errors"/>.</summary>
    public static long Parse(string field, string? value, ValidationErrors errors)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id >= 1)
        {
            return id;
        }

        errors.Add(field, "must be a whole number of at least 1");
        return 0;
    }
}
