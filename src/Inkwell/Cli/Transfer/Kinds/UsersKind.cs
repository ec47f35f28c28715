using Inkwell.Identity.Contracts;
using Inkwell.Platform.Transfer;

namespace Inkwell.Cli.Transfer.Kinds;

/// <summary>Users: username, email, profile, role and creation time. There is no password column, in either direction.</summary>
internal sealed class UsersKind : TransferKind<UserRecord>
{
    public override string Name => "users";

    public override string Module => "identity";

    public override IReadOnlyList<Column> Columns { get; } =
    [
        new("username", ColumnType.Text, Required: true),
        new("email", ColumnType.Text, Required: true),
        new("bio", ColumnType.Text),
        new("image", ColumnType.Text),
        new("role", ColumnType.Text),
        new("createdAt", ColumnType.Timestamp),
    ];

    public override object?[] Values(UserRecord user) => [user.Username, user.Email, user.Bio, user.Image, user.Role, user.CreatedAt];

    public override UserRecord FromValues(object?[] values) =>
        new((string?)values[0], (string?)values[1], (string?)values[2], (string?)values[3], (string?)values[4], (DateTime?)values[5]);

    public override IEnumerable<(string Field, string Value)> UniqueKeys(UserRecord user) => user.UniqueKeys();

    public override bool IsAvailable(IServiceProvider scope) => scope.GetService<IUserTransfer>() is not null;

    public override IAsyncEnumerable<UserRecord>? Export(IServiceProvider scope, CancellationToken cancellationToken) =>
        scope.GetService<IUserTransfer>()?.ExportAsync(cancellationToken);

    public override Task<BatchOutcome> ImportAsync(IServiceProvider scope, IReadOnlyList<UserRecord> rows, ImportMode mode, CancellationToken cancellationToken) =>
        scope.GetRequiredService<IUserTransfer>().ImportAsync(rows, mode, cancellationToken);
}
