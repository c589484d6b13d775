using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.LearningAgenda;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda;

/// <summary>Answers that no one can read any more leave the learning agenda with the change that made them so.</summary>
internal static class AnswerLinks
{
    /// <summary>
    /// Unlinks these reflections from every question they answer; a question left without an answer is open again,
    /// its history saying why. Tracked only: the caller's <c>SaveChanges</c> stores it with the hide or delete.
    /// </summary>
    public static async Task WithdrawAsync(IAppDbContext db, IReadOnlyCollection<int> reflectionIds, AnswerWithdrawal why, string userId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (reflectionIds.Count == 0)
        {
            return;
        }

        var questions = await db.LearningQuestions.Include(q => q.Answers)
            .Where(q => q.Answers.Any(a => reflectionIds.Contains(a.ReflectionId)))
            .ToListAsync(cancellationToken);
        foreach (var question in questions)
        {
            foreach (var reflectionId in question.Answers.Select(a => a.ReflectionId).Where(reflectionIds.Contains).ToList())
            {
                question.UnlinkAnswer(reflectionId, why, userId, nowUtc);
            }
        }
    }
}
