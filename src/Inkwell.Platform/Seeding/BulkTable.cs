namespace Inkwell.Platform.Seeding;

/// <summary>A table to load in bulk: its name, the columns every row gives in this order, and its generated id column if any.</summary>
public sealed record BulkTable(string Name, IReadOnlyList<string> Columns, string? IdentityColumn = null);
