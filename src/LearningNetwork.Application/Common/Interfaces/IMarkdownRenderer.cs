namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>Markdown to HTML that is safe to show as it is: rendered, then sanitised (links http, https, mailto only).</summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string markdown);
}
