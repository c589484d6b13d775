namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>Markdown to HTML that is safe to show as it is: rendered, then sanitised (links http, https, mailto only).</summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string markdown);

    /// <summary>The words without the markup, for excerpts in mail and lists.</summary>
    string ToPlainText(string markdown);
}
