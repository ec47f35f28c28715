using System.Globalization;
using System.Text.Json;
using Inkwell.Platform.Api;

namespace Inkwell.Cli.Transfer;

/// <summary>A field as a file gives it: text from CSV, or a JSON value.</summary>
internal readonly record struct RawField(string? Text, JsonElement? Json)
{
    public static RawField FromText(string text) => new(text, null);

    public static RawField FromJson(JsonElement json) => new(null, json);
}

/// <summary>Turns raw fields into column values (string, list of strings, UTC DateTime), and column values into text.</summary>
internal static class FieldValues
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    /// <summary>Reads one value of <paramref name="column"/>; a value of the wrong type adds an error and reads as null.</summary>
    public static object? Read(Column column, RawField field, ValidationErrors errors)
    {
        try
        {
            return column.Type switch
            {
                ColumnType.Tags => field.Json is { } json ? TagsFromJson(column, json, errors) : TagsFromText(column, field.Text, errors),
                ColumnType.Timestamp => Timestamp(column, TextOf(column, field, errors), errors),
                _ => TextOf(column, field, errors),
            };
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reads strings lazily and refuses bytes that are not UTF-8 only then.
            errors.Add(column.Name, "is not valid UTF-8");
            return null;
        }
    }

    public static string? Format(Column column, object? value) => value switch
    {
        null => null,
        DateTime time => time.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture),
        IReadOnlyList<string?> tags => FormatTags(tags),
        _ => (string)value,
    };

    private static string? TextOf(Column column, RawField field, ValidationErrors errors)
    {
        if (field.Json is not { } json)
        {
            return string.IsNullOrEmpty(field.Text) ? null : field.Text;
        }

        if (json.ValueKind is JsonValueKind.String)
        {
            return json.GetString();
        }

        if (json.ValueKind is not JsonValueKind.Null)
        {
            errors.Add(column.Name, column.Type == ColumnType.Timestamp ? "must be a date and time in a string" : "must be a string");
        }

        return null;
    }

    private static List<string?>? TagsFromJson(Column column, JsonElement json, ValidationErrors errors)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.ValueKind != JsonValueKind.Array || json.EnumerateArray().Any(tag => tag.ValueKind != JsonValueKind.String))
        {
            errors.Add(column.Name, "must be an array of strings");
            return null;
        }

        return [.. json.EnumerateArray().Select(tag => tag.GetString())];
    }

    private static List<string?>? TagsFromText(Column column, string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!text.TrimStart().StartsWith('['))
        {
            return [.. text.Split(',')];
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return TagsFromJson(column, document.RootElement, errors);
        }
        catch (JsonException)
        {
            errors.Add(column.Name, "starts with '[' but is not a JSON array of strings");
            return null;
        }
    }

    /// <summary>Commas between tags, as people write them; a JSON array when a tag holds a comma or looks like one.</summary>
    private static string FormatTags(IReadOnlyList<string?> tags) =>
        tags.Any(tag => tag is not null && (tag.Contains(',', StringComparison.Ordinal) || tag.StartsWith('[')))
            ? JsonSerializer.Serialize(tags, TransferJson.Options)
            : string.Join(',', tags);

    private static DateTime? Timestamp(Column column, string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // ISO 8601 only (a date first): "03/04/2026" means different days to different people.
        var trimmed = text.Trim();
        if (trimmed.Length >= 10 && char.IsAsciiDigit(trimmed[0]) && trimmed[4] == '-'
            && DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            return DateTime.SpecifyKind(time, DateTimeKind.Utc);
        }

        errors.Add(column.Name, "is not a date and time in ISO 8601 (e.g. 2026-01-31T09:15:00Z)");
        return null;
    }
}
