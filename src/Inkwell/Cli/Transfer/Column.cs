namespace Inkwell.Cli.Transfer;

/// <summary>What a column holds, which decides how CSV and JSON write and read it.</summary>
internal enum ColumnType
{
    /// <summary>A string; empty in CSV, null or absent in JSON, means none.</summary>
    Text,

    /// <summary>A list of tags: a JSON array of strings; in CSV, the tags joined by commas (a JSON array when a tag holds a comma).</summary>
    Tags,

    /// <summary>A UTC date and time in ISO 8601, e.g. <c>2026-01-31T09:15:00.123Z</c>.</summary>
    Timestamp,
}

/// <summary>A column of an export file, named as in JSON (camelCase). Import refuses a file without every required one.</summary>
internal sealed record Column(string Name, ColumnType Type, bool Required = false);
