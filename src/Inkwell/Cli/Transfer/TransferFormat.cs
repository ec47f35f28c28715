using System.CommandLine;

namespace Inkwell.Cli.Transfer;

internal enum TransferFormat
{
    Csv,
    Json,
}

/// <summary>The <c>--format</c> option of export and import: given, or told by the file's extension.</summary>
internal static class TransferFormats
{
    public static Option<string?> Option() => new Option<string?>("--format")
    {
        Description = "csv or json. Without it, the file's extension (.csv, .json) decides.",
    }.AcceptOnlyFromAmong("csv", "json");

    /// <summary>The format asked for, else the one the path's extension names; null when neither says.</summary>
    public static TransferFormat? Choose(string? format, string? path) => (format ?? Path.GetExtension(path ?? "").TrimStart('.').ToLowerInvariant()) switch
    {
        "csv" => TransferFormat.Csv,
        "json" => TransferFormat.Json,
        _ => null,
    };
}
