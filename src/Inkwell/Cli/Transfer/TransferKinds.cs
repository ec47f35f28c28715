using Inkwell.Cli.Transfer.Kinds;

namespace Inkwell.Cli.Transfer;

/// <summary>The kinds of rows export and import know, and how a file's columns tell which one it holds.</summary>
internal static class TransferKinds
{
    public static readonly IReadOnlyList<ITransferKind> All = [new UsersKind(), new ArticlesKind(), new CommentsKind()];

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static ITransferKind Named(string name) => All.Single(k => k.Name == name);

    /// <summary>The one kind whose required columns the file has, with no column it does not know; null when none or several fit.</summary>
    public static ITransferKind? Matching(IReadOnlyCollection<string> fields)
    {
        var fits = All.Where(kind => ColumnProblem(kind, fields) is null).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>Why a file with these columns cannot be read as <paramref name="kind"/>, or null when it can.</summary>
    public static string? ColumnProblem(ITransferKind kind, IReadOnlyCollection<string> fields)
    {
        var known = kind.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var missing = kind.Columns.Where(c => c.Required && !fields.Contains(c.Name)).Select(c => c.Name).ToList();
        var unknown = fields.Where(f => !known.Contains(f)).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"missing {Quote(missing)}");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"unknown {Quote(unknown)}");
        }

        return problems.Count == 0 ? null : $"{string.Join(" and ", problems)}; {kind.Name} have {Describe(kind)}";
    }

    /// <summary>The columns of a kind as help and errors list them, the optional ones in brackets.</summary>
    public static string Describe(ITransferKind kind) => string.Join(", ", kind.Columns.Select(c => c.Required ? c.Name : $"[{c.Name}]"));

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
