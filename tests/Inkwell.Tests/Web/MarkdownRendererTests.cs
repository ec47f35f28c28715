using Inkwell.Web.Markdown;

namespace Inkwell.Tests.Web;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Markdown_becomes_html_with_headings_one_level_below_the_page_title()
    {
        var html = _renderer.ToSafeHtml("# Big\n\n**bold** and *soft*\n\n- one\n- two\n\n```\ncode\n```");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>two</li>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>code", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=\"alert(1)\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Scripts_handlers_and_dangerous_links_never_survive(string markdown)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(_renderer.ToSafeHtml(markdown));
        var elements = document.Body!.QuerySelectorAll("*");

        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed"));
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(
            elements.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src"),
            a => a.Value.Contains(':', StringComparison.Ordinal) && !a.Value.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
                && !a.Value.StartsWith("http:", StringComparison.OrdinalIgnoreCase) && !a.Value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Links_written_by_authors_carry_no_referrer_or_opener()
    {
        var html = _renderer.ToSafeHtml("[site](https://example.com)");

        Assert.Contains("href=\"https://example.com\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }
}
