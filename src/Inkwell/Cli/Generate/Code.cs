using System.Text.RegularExpressions;

namespace Inkwell.Cli.Generate;

/// <summary>Helpers that keep the generated files laid out as the rest of the code is.</summary>
internal static partial class Code
{
    /// <summary>
    /// Lines to put at one place of a template: the first takes the template's indentation, the others get
    /// <paramref name="indent"/> spaces. Lines may hold line breaks of their own (a statement with a block).
    /// </summary>
    public static string Lines(IEnumerable<string> lines, int indent) =>
        string.Join("\n", lines.SelectMany(line => line.Split('\n'))).Replace("\n", "\n" + new string(' ', indent), StringComparison.Ordinal);

    /// <summary>Trailing spaces off, no blank line after an opening brace or before a closing one, never two blank lines.</summary>
    public static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd()).ToList();
        var kept = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var blank = lines[i].Length == 0;
            var afterOpening = kept.Count > 0 && kept[^1].EndsWith('{');
            var beforeClosing = i + 1 < lines.Count && lines[i + 1].TrimStart().StartsWith('}');
            var afterBlank = kept.Count > 0 && kept[^1].Length == 0;
            if (blank && (afterOpening || beforeClosing || afterBlank) && i < lines.Count - 1)
            {
                continue;
            }

            kept.Add(lines[i]);
        }

        return BlankLinesAtEnd().Replace(string.Join("\n", kept), "\n");
    }

    /// <summary>A string as a C# literal.</summary>
    public static string Literal(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"\n*\z")]
    private static partial Regex BlankLinesAtEnd();
}
