using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inkwell.Platform.Api;

public static class ApiJson
{
    /// <summary>The wire format of the RealWorld API: camelCase, nulls written, UTC timestamps with milliseconds.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new UtcTimestampConverter());
    }
}

/// <summary>Writes <c>2026-01-31T09:15:00.123Z</c>, the shape the API contract pins.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTime().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var utc = value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
        writer.WriteStringValue(utc.ToString(Format, CultureInfo.InvariantCulture));
    }
}
