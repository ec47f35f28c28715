using Inkwell.Content.Contracts;
using Inkwell.Platform.Transfer;

namespace Inkwell.Cli.Transfer.Kinds;

/// <summary>Comments: the article's slug, the author's username, the text and when it was written.</summary>
internal sealed class CommentsKind : TransferKind<CommentRecord>
{
    public override string Name => "comments";

    public override string Module => "content";

    public override IReadOnlyList<Column> Columns { get; } =
    [
        new("article", ColumnType.Text, Required: true),
        new("author", ColumnType.Text, Required: true),
        new("body", ColumnType.Text, Required: true),
        new("createdAt", ColumnType.Timestamp),
    ];

    public override object?[] Values(CommentRecord comment) => [comment.Article, comment.Author, comment.Body, comment.CreatedAt];

    public override CommentRecord FromValues(object?[] values) =>
        new((string?)values[0], (string?)values[1], (string?)values[2], (DateTime?)values[3]);

    // Nothing about a comment has to be unique: the same words twice under one article are two comments.
    public override IEnumerable<(string Field, string Value)> UniqueKeys(CommentRecord comment) => [];

    public override bool IsAvailable(IServiceProvider scope) => scope.GetService<IContentTransfer>() is not null;

    public override IAsyncEnumerable<CommentRecord>? Export(IServiceProvider scope, CancellationToken cancellationToken) =>
        scope.GetService<IContentTransfer>()?.ExportCommentsAsync(cancellationToken);

    public override Task<BatchOutcome> ImportAsync(
        IServiceProvider scope, IReadOnlyList<CommentRecord> rows, ImportMode mode, CancellationToken cancellationToken) =>
        scope.GetRequiredService<IContentTransfer>().ImportCommentsAsync(rows, mode, cancellationToken);
}
