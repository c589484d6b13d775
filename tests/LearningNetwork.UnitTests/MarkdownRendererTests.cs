using LearningNetwork.Infrastructure.Text;

namespace LearningNetwork.UnitTests;

/// <summary>reliability.md item 10: a payload corpus leaves no script, no on* attribute and no foreign scheme.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Payloads() => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[klik](vbscript:msgbox(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg/onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "![plaatje](https://evil.example/x.png\" onerror=\"alert(1))",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<<script>script>alert(1)<</script>/script>",
        "[x](&#106;avascript:alert(1))",
        "<details open ontoggle=alert(1)>",
        "`<script>` in code is text",
        "[verwijzing][kwaad]\n\n[kwaad]: javascript:alert(1)",
        "[x](javascript&colon;alert(1))",
        "[x](%6A%61vascript:alert(1))",
        "<div>\n<script>alert(1)</script>\n<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>\n</div>",
        "<svg><script>alert(1)</script></svg>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_markdown_renders_to_harmless_html(string payload)
    {
        var html = Renderer.ToSafeHtml(payload);

        // Judge the document a browser would build, not the text: escaped markup is harmless text.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>");
        var elements = document.Body!.QuerySelectorAll("*").ToList();
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "img" or "svg" or "object" or "embed" or "details" or "div");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style" || a.Name == "src");
        Assert.All(
            elements.Where(e => e.HasAttribute("href")).Select(e => e.GetAttribute("href")!),
            href => Assert.Matches("^(https?|mailto):", href));
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_meaning_and_links_are_safe()
    {
        var html = Renderer.ToSafeHtml("**Vet** en *schuin*\n\n- een\n- twee\n\n[Schetsboek](https://example.nl/schetsboek) of mail [ons](mailto:info@example.nl)");

        Assert.Contains("<strong>Vet</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>schuin</em>", html, StringComparison.Ordinal);
        Assert.Contains("<li>twee</li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.nl/schetsboek\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:info@example.nl\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zie [x](javascript:alert(1)) hier", "<p>Zie x hier</p>")]
    [InlineData("[**vet** en *schuin*](data:text/html,hoi)", "<p><strong>vet</strong> en <em>schuin</em></p>")]
    [InlineData("[verwijzing][kwaad]\n\n[kwaad]: vbscript:msgbox(1)", "<p>verwijzing</p>")]
    public void A_link_whose_address_is_refused_becomes_plain_text_not_a_dead_link(string markdown, string expected)
    {
        Assert.Equal(expected, Renderer.ToSafeHtml(markdown).Trim());
    }
}
