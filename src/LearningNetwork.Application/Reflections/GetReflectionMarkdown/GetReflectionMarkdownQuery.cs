using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.GetReflectionMarkdown;

/// <summary>The Markdown of a reflection, for its author's edit form.</summary>
public sealed record GetReflectionMarkdownQuery(int Id) : IQuery<string>;

public sealed class GetReflectionMarkdownHandler(IAppDbContext db) : IQueryHandler<GetReflectionMarkdownQuery, string>
{
    public async ValueTask<string> Handle(GetReflectionMarkdownQuery query, CancellationToken cancellationToken) =>
        await db.Reflections.Where(r => r.Id == query.Id).Select(r => r.BodyMarkdown).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Reflection", query.Id);
}
