using System.Globalization;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Werksessies;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies;

/// <summary>No one is in two planned werksessies at once (an answered "no" does not count).</summary>
internal static class WerksessieOverlap
{
    public static async Task<IReadOnlyList<ValidationFailure>> FindAsync(IAppDbContext db, int? except, IWerksessieInput input, IReadOnlyList<string> people, CancellationToken cancellationToken)
    {
        if (!WerksessieTimes.TryUtc(input.Date, input.StartTime, out var start) || !WerksessieTimes.TryUtc(input.Date, input.EndTime, out var end))
        {
            return [];
        }

        var busy = await db.Werksessies.AsNoTracking()
            .Where(w => w.State == WerksessieState.Planned && w.Id != except && w.StartsAtUtc < end && start < w.EndsAtUtc)
            .SelectMany(w => w.Invitations, (w, i) => new { w.Title, i.UserId, i.Response })
            .Where(x => people.Contains(x.UserId) && x.Response != InvitationResponse.Declined)
            .Join(db.People, x => x.UserId, p => p.Id, (x, p) => new { p.DisplayName, x.Title })
            .ToListAsync(cancellationToken);
        return busy.Select(b => new ValidationFailure(nameof(input.StartTime), string.Format(CultureInfo.CurrentUICulture, AppTexts.WerksessieOverlap, b.DisplayName, b.Title))).ToList();
    }
}
