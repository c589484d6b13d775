using System.Globalization;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Werksessies;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies;

/// <summary>
/// No one is in two planned werksessies at once (an answered "no" does not count). The message names the person, never
/// the other werksessie: the one asking may not be allowed to read it.
/// </summary>
internal static class WerksessieOverlap
{
    public static Task<IReadOnlyList<ValidationFailure>> FindAsync(IAppDbContext db, int? except, IWerksessieInput input, IReadOnlyList<string> people, CancellationToken cancellationToken) =>
        WerksessieTimes.TryUtc(input.Date, input.StartTime, out var start) && WerksessieTimes.TryUtc(input.Date, input.EndTime, out var end)
            ? FindAsync(db, except, start, end, people, nameof(input.StartTime), cancellationToken)
            : Task.FromResult<IReadOnlyList<ValidationFailure>>([]);

    public static async Task<IReadOnlyList<ValidationFailure>> FindAsync(IAppDbContext db, int? except, DateTime start, DateTime end, IReadOnlyList<string> people, string property, CancellationToken cancellationToken)
    {
        var busy = await db.Werksessies.AsNoTracking()
            .Where(w => w.State == WerksessieState.Planned && w.Id != except && w.StartsAtUtc < end && start < w.EndsAtUtc)
            .SelectMany(w => w.Invitations, (w, i) => new { i.UserId, i.Response })
            .Where(x => people.Contains(x.UserId) && x.Response != InvitationResponse.Declined)
            .Join(db.People, x => x.UserId, p => p.Id, (x, p) => p.DisplayName)
            .Distinct()
            .ToListAsync(cancellationToken);
        return busy.Select(name => new ValidationFailure(property, string.Format(CultureInfo.CurrentUICulture, AppTexts.WerksessieOverlap, name))).ToList();
    }
}
