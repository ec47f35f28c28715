using Inkwell.Content.Contracts;

namespace Inkwell.Content.Articles;

/// <summary>The API's envelope for one article; a list is <see cref="ArticleList"/> as it is.</summary>
internal sealed record ArticleResponse(ArticleDetail Article);
