using LearningNetwork.Application.Common.Localization;
using LearningNetwork.Application.Common.Mail;

namespace LearningNetwork.UnitTests;

public sealed class MailLayoutTests
{
    [Fact]
    public void Names_and_links_are_encoded_in_the_HTML_and_plain_in_the_text()
    {
        using var _ = new CultureScope("en");

        var (text, html) = MailLayout.Compose("<b>Eve</b>", ["Hello & welcome"], [new MailAction("Open", "https://portal.example/a?x=1&y=<2>")], null);

        Assert.Contains("Dear <b>Eve</b>,", text, StringComparison.Ordinal);
        Assert.Contains("Dear &lt;b&gt;Eve&lt;/b&gt;,", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Eve</b>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portal.example/a?x=1&amp;y=&lt;2&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("https://portal.example/a?x=1&y=<2>", text, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Koppelkansen Learning Network", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_follows_the_recipients_language()
    {
        using var _ = new CultureScope("nl");

        var (text, _) = MailLayout.Compose("Anne", [], [], null);

        Assert.StartsWith("Beste Anne,", text, StringComparison.Ordinal);
        Assert.Contains("Leernetwerk Koppelkansen", text, StringComparison.Ordinal);
    }
}
