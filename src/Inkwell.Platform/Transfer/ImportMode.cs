namespace Inkwell.Platform.Transfer;

/// <summary>What a module does with a batch of imported rows.</summary>
public enum ImportMode
{
    /// <summary>Validate every row and write nothing: a dry run, or a batch already known to hold a bad row.</summary>
    Check,

    /// <summary>Validate every row, and write the whole batch in one transaction only if every row passes.</summary>
    Write,
}
