namespace Inkwell.Platform.Admin.Api;

public sealed record AdminEntitiesResponse(IReadOnlyList<AdminEntity> Entities);

public sealed record AdminRowsResponse(IReadOnlyList<AdminRow> Rows, int Total);

public sealed record AdminRowResponse(AdminRow Row);

public sealed record AuditEntriesResponse(IReadOnlyList<AuditRecord> Entries, int Total);

/// <summary>A row's columns as text, as the back office's forms send them: <c>{"values":{"Title":"…"}}</c>.</summary>
public sealed record AdminValuesRequest(Dictionary<string, string?>? Values);
