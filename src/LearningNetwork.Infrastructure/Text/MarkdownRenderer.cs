using Ganss.Xss;
using LearningNetwork.Application.Common.Interfaces;
using Markdig;

namespace LearningNetwork.Infrastructure.Text;

/// <summary>
/// Markdig (CommonMark with tables, lists and autolinks; raw HTML is not passed through) followed by
/// HtmlSanitizer with an allow-list: no scripts, no event attributes, no styles, links only to http, https and
/// mailto, and every link opens safely; a link whose address was refused becomes its text.
/// </summary>
internal sealed class MarkdownRenderer : IMarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    public string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "em", "del", "ins", "code", "pre", "blockquote", "ul", "ol", "li", "a",
                "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "start" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.PostProcessDom += (_, e) =>
        {
            // A link whose address the sanitiser removed (javascript:, data:, ...) goes nowhere: keep its text only.
            foreach (var dead in e.Document.QuerySelectorAll("a:not([href])").ToList())
            {
                dead.Replace([.. dead.ChildNodes]);
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
