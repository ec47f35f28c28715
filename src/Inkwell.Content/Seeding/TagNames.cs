namespace Inkwell.Content.Seeding;

/// <summary>
/// Tag names, most popular first: the plain tags, then qualified ones ("postgres-internals"), then numbered
/// ones for very large plans. Always distinct and within the API's 40 characters.
/// </summary>
internal static class TagNames
{
    public static string[] Create(int count)
    {
        var names = new string[count];
        var plain = SeedWords.Tags.Length;
        var qualified = plain * SeedWords.TagQualifiers.Length;
        for (var i = 0; i < count; i++)
        {
            names[i] = i < plain ? SeedWords.Tags[i]
                : i < plain + qualified ? $"{SeedWords.Tags[(i - plain) % plain]}-{SeedWords.TagQualifiers[(i - plain) / plain]}"
                : $"topic-{i + 1}";
        }

        return names;
    }
}
