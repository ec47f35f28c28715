namespace Inkwell.Cli.Transfer;

/// <summary>What an export was asked for: where the rows go (a file, or standard output when <see cref="OutPath"/> is null).</summary>
internal sealed record ExportRun(IServiceProvider Services, Terminal Terminal, TransferFormat Format, string? OutPath, CancellationToken CancellationToken);
