using Inkwell.Platform.Api;

namespace Inkwell.Platform.Transfer;

/// <summary>A row of an import batch that a module refused: its position in the batch, and why, as the API would say it.</summary>
public sealed record RowRejection(int Index, string Reason)
{
    /// <summary>One line for a row's field errors: <c>username has already been taken; email is invalid</c>.</summary>
    public static RowRejection From(int index, ValidationErrors errors) => new(index, errors.ToResponse().Describe());
}

/// <summary>
/// What became of an import batch: the rows refused, and whether the batch was written. A batch is written
/// whole or not at all, so it is written only when no row was refused and the mode allowed it.
/// </summary>
public sealed record BatchOutcome(IReadOnlyList<RowRejection> Rejections, bool Written)
{
    /// <summary>The outcome of checking each row (<paramref name="rowErrors"/>, in batch order) before any write.</summary>
    public static BatchOutcome Refused(IReadOnlyList<ValidationErrors> rowErrors) =>
        new([.. rowErrors.Select((errors, index) => (errors, index)).Where(row => row.errors.Any).Select(row => RowRejection.From(row.index, row.errors))], Written: false);

    public static readonly BatchOutcome WrittenWhole = new([], Written: true);
}
