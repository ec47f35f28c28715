using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inkwell.Platform.Admin;

/// <summary>Columns as text and back, in one invariant format, so a value shown in a form reads back as the same value.</summary>
public static class AdminValues
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static AdminFieldKind KindOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => AdminFieldKind.Text,
        var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => AdminFieldKind.Integer,
        var t when t == typeof(decimal) || t == typeof(double) || t == typeof(float) => AdminFieldKind.Decimal,
        var t when t == typeof(bool) => AdminFieldKind.Boolean,
        var t when t == typeof(DateTime) => AdminFieldKind.DateTime,
        var t when t == typeof(Guid) => AdminFieldKind.Guid,
        _ => AdminFieldKind.Other,
    };

    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString(TimestampFormat, CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value),
    };

    /// <summary>Parses <paramref name="text"/> as a value of <paramref name="type"/>; false (with why) when it is not one.</summary>
    public static bool TryParse(string text, Type type, out object? value, out string problem)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        problem = string.Empty;
        value = null;
        var invariant = CultureInfo.InvariantCulture;
        bool ok;
        (ok, value, problem) = target switch
        {
            _ when target == typeof(string) => ((bool, object?, string))(true, text, string.Empty),
            _ when target == typeof(int) => (int.TryParse(text, NumberStyles.Integer, invariant, out var i), i, "must be a whole number"),
            _ when target == typeof(long) => (long.TryParse(text, NumberStyles.Integer, invariant, out var l), l, "must be a whole number"),
            _ when target == typeof(short) => (short.TryParse(text, NumberStyles.Integer, invariant, out var s), s, "must be a whole number"),
            _ when target == typeof(decimal) => (decimal.TryParse(text, NumberStyles.Number, invariant, out var m), m, "must be a number"),
            _ when target == typeof(double) => (double.TryParse(text, NumberStyles.Float, invariant, out var d), d, "must be a number"),
            _ when target == typeof(bool) => (bool.TryParse(text, out var b), b, "must be true or false"),
            _ when target == typeof(DateTime) => (
                DateTime.TryParse(text, invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t), t,
                "must be a date and time such as 2026-01-31T09:15:00Z"),
            _ when target == typeof(Guid) => (Guid.TryParse(text, out var g), g, "must be a GUID"),
            _ => (false, null, "cannot be edited here"),
        };
        return ok;
    }

    /// <summary>The row's key as text: the key columns' values, comma-separated.</summary>
    public static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    public static bool TryParseKey(IReadOnlyKey key, string text, out object?[] values)
    {
        var parts = text.Split(',');
        values = new object?[key.Properties.Count];
        if (parts.Length != key.Properties.Count)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParse(parts[i], key.Properties[i].ClrType, out values[i], out _))
            {
                return false;
            }
        }

        return true;
    }
}
