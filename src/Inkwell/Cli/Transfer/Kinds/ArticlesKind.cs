using Inkwell.Content.Contracts;
using Inkwell.Platform.Transfer;

namespace Inkwell.Cli.Transfer.Kinds;

/// <summary>Articles: slug, text, tags in the author's order, the author's username and the times.</summary>
internal sealed class ArticlesKind : TransferKind<ArticleRecord>
{
    public override string Name => "articles";

    public override string Module => "content";

    public override IReadOnlyList<Column> Columns { get; } =
    [
        new("slug", ColumnType.Text),
        new("title", ColumnType.Text, Required: true),
        new("description", ColumnType.Text, Required: true),
        new("body", ColumnType.Text, Required: true),
        new("tagList", ColumnType.Tags),
        new("author", ColumnType.Text, Required: true),
        new("createdAt", ColumnType.Timestamp),
        new("updatedAt", ColumnType.Timestamp),
    ];

    public override object?[] Values(ArticleRecord article) =>
        [article.Slug, article.Title, article.Description, article.Body, article.TagList, article.Author, article.CreatedAt, article.UpdatedAt];

    public override ArticleRecord FromValues(object?[] values) => new(
        (string?)values[0], (string?)values[1], (string?)values[2], (string?)values[3],
        (IReadOnlyList<string?>?)values[4], (string?)values[5], (DateTime?)values[6], (DateTime?)values[7]);

    public override IEnumerable<(string Field, string Value)> UniqueKeys(ArticleRecord article) => article.UniqueKeys();

    public override bool IsAvailable(IServiceProvider scope) => scope.GetService<IContentTransfer>() is not null;

    public override IAsyncEnumerable<ArticleRecord>? Export(IServiceProvider scope, CancellationToken cancellationToken) =>
        scope.GetService<IContentTransfer>()?.ExportArticlesAsync(cancellationToken);

    public override Task<BatchOutcome> ImportAsync(
        IServiceProvider scope, IReadOnlyList<ArticleRecord> rows, ImportMode mode, CancellationToken cancellationToken) =>
        scope.GetRequiredService<IContentTransfer>().ImportArticlesAsync(rows, mode, cancellationToken);
}
