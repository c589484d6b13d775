using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.LearningAgenda;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda;

internal static class QuestionRules
{
    public static IRuleBuilderOptions<T, string> QuestionText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => AppTexts.QuestionTextRequired)
            .Must(t => t.Trim().Length <= LearningQuestion.TextMaxLength).WithMessage(_ => AppTexts.QuestionTextTooLong)
            .Must(PlainText.IsOneLine).WithMessage(_ => AppTexts.OneLineOnly);

    public static IRuleBuilderOptions<T, string?> QuestionNote<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(n => n is null || n.Trim().Length <= LearningQuestion.NoteMaxLength).WithMessage(_ => AppTexts.NoteTooLong);

    /// <summary>The question to change, once <see cref="QuestionAccess"/> has let the viewer through.</summary>
    public static async Task<LearningQuestion> LoadAsync(IAppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.LearningQuestions.Include(q => q.Barriers).Include(q => q.Themes).Include(q => q.Answers).SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
            ?? throw NotFoundException.For("LearningQuestion", id);
}
