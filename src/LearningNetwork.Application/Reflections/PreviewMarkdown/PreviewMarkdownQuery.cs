using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Reflections;
using Mediator;

namespace LearningNetwork.Application.Reflections.PreviewMarkdown;

/// <summary>The Markdown as it will look, for the preview button: rendered and sanitised like the real thing.</summary>
public sealed record PreviewMarkdownQuery(string Body) : IQuery<string>;

public sealed class PreviewMarkdownHandler(IMarkdownRenderer markdown) : IQueryHandler<PreviewMarkdownQuery, string>
{
    public ValueTask<string> Handle(PreviewMarkdownQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(markdown.ToSafeHtml(query.Body.Length > Reflection.BodyMaxLength ? query.Body[..Reflection.BodyMaxLength] : query.Body));
}
