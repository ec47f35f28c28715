namespace Inkwell.Cli.Transfer;

/// <summary>What an import was asked for.</summary>
/// <param name="FileLength">The file's size in bytes, for the progress bar.</param>
/// <param name="DryRun">Check every row and write nothing.</param>
/// <param name="ReportPath">Where to write every rejection (CSV), or null.</param>
/// <param name="BatchSize">Rows per transaction: a batch is imported whole or not at all.</param>
internal sealed record ImportRun(
    IServiceProvider Services,
    Terminal Terminal,
    IRowSource Source,
    string FileName,
    long FileLength,
    bool DryRun,
    string? ReportPath,
    int BatchSize,
    CancellationToken CancellationToken);
