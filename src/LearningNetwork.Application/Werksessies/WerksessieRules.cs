using System.Globalization;
using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Application.Werksessies.CancelWerksessie;
using LearningNetwork.Application.Werksessies.ProposeWerksessie;
using LearningNetwork.Application.Werksessies.RescheduleWerksessie;
using LearningNetwork.Application.Werksessies.RespondToWerksessie;
using LearningNetwork.Domain.Werksessies;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies;

/// <summary>
/// What an organiser types for a werksessie: the date and times as the form's date and time fields give them
/// (<c>2027-03-30</c>, <c>14:00</c>), in Dutch time.
/// </summary>
public interface IWerksessieInput
{
    string Title { get; }

    string Date { get; }

    string StartTime { get; }

    string EndTime { get; }

    bool Online { get; }

    string? Location { get; }

    string Agenda { get; }
}

/// <summary>Checks a werksessie's input with messages in the user's language: no date in the past, no impossible time.</summary>
public sealed class WerksessieInputValidator<T> : AbstractValidator<T>
    where T : IWerksessieInput
{
    public WerksessieInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => AppTexts.WerksessieTitleRequired)
            .Must(t => t is null || t.Trim().Length <= Werksessie.TitleMaxLength).WithMessage(_ => AppTexts.WerksessieTitleTooLong)
            .Must(t => t is null || PlainText.IsOneLine(t)).WithMessage(_ => AppTexts.OneLineOnly);
        RuleFor(i => i.Date).Must(d => WerksessieTimes.TryDate(d, out _)).WithMessage(_ => AppTexts.WerksessieDateInvalid);
        RuleFor(i => i.StartTime).Must(t => WerksessieTimes.TryTime(t, out _)).WithMessage(_ => AppTexts.WerksessieTimeInvalid);
        RuleFor(i => i.EndTime).Must(t => WerksessieTimes.TryTime(t, out _)).WithMessage(_ => AppTexts.WerksessieTimeInvalid);
        When(i => WerksessieTimes.TryDate(i.Date, out _) && WerksessieTimes.TryTime(i.StartTime, out _) && WerksessieTimes.TryTime(i.EndTime, out _), () =>
        {
            RuleFor(i => i.StartTime)
                .Must((i, time) => WerksessieTimes.TryUtc(i.Date, i.StartTime, out _)).WithMessage(_ => AppTexts.WerksessieTimeSkipped)
                .Must((i, time) => !WerksessieTimes.TryUtc(i.Date, i.StartTime, out var start) || start > clock.GetUtcNow().UtcDateTime).WithMessage(_ => AppTexts.WerksessieDateInPast)
                .Must((i, time) => !WerksessieTimes.TryUtc(i.Date, i.StartTime, out var start) || start <= clock.GetUtcNow().UtcDateTime.Add(Werksessie.MaxAhead)).WithMessage(_ => AppTexts.WerksessieDateTooFar);
            RuleFor(i => i.EndTime)
                .Must((i, time) => WerksessieTimes.TryUtc(i.Date, i.EndTime, out _)).WithMessage(_ => AppTexts.WerksessieTimeSkipped)
                .Must((i, time) => Duration(i) is not { } d || (d >= Werksessie.MinDuration && d <= Werksessie.MaxDuration)).WithMessage(_ => AppTexts.WerksessieDuration);
        });
        RuleFor(i => i.Location)
            .Must((i, l) => i.Online || !string.IsNullOrWhiteSpace(l)).WithMessage(_ => AppTexts.WerksessieLocationRequired)
            .Must(l => l is null || l.Trim().Length <= Werksessie.LocationMaxLength).WithMessage(_ => AppTexts.WerksessieLocationTooLong)
            .Must(l => l is null || PlainText.IsOneLine(l)).WithMessage(_ => AppTexts.OneLineOnly);
        RuleFor(i => i.Agenda)
            .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage(_ => AppTexts.WerksessieAgendaRequired)
            .Must(a => a is null || a.Trim().Length <= Werksessie.AgendaMaxLength).WithMessage(_ => AppTexts.WerksessieAgendaTooLong);
    }

    private static TimeSpan? Duration(T input) =>
        WerksessieTimes.TryUtc(input.Date, input.StartTime, out var start) && WerksessieTimes.TryUtc(input.Date, input.EndTime, out var end) ? end - start : null;
}

/// <summary>Dutch time as typed in the form, and back: a werksessie's times are kept in UTC.</summary>
public static class WerksessieTimes
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(WerksessieMails.TimeZoneId);

    public static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The moment in UTC; false for a time the clocks skip in spring.</summary>
    public static bool TryUtc(string? date, string? time, out DateTime utc)
    {
        utc = default;
        if (!TryDate(date, out var day) || !TryTime(time, out var at))
        {
            return false;
        }

        var local = day.ToDateTime(at, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(local, Zone);
        return true;
    }

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The details the domain keeps, from input the validator passed.</summary>
    public static WerksessieDetails Details(IWerksessieInput input, IMarkdownRenderer markdown)
    {
        TryUtc(input.Date, input.StartTime, out var start);
        TryUtc(input.Date, input.EndTime, out var end);
        return new WerksessieDetails(input.Title, start, end, input.Online, input.Location, input.Agenda, markdown.ToSafeHtml(input.Agenda.Trim()));
    }
}

/// <summary>Rules every change to a werksessie shares.</summary>
internal static class WerksessieRules
{
    /// <summary>
    /// A cancelled werksessie changes no more, nor does one that has begun (no cancellation of what was held, no
    /// answer after the fact): a clear message, not an error.
    /// </summary>
    public static void DemandUpcoming(Werksessie werksessie, DateTime nowUtc)
    {
        if (werksessie.State != WerksessieState.Planned)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(string.Empty, AppTexts.WerksessieCancelled)]);
        }

        if (werksessie.StartsAtUtc <= nowUtc)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(string.Empty, AppTexts.WerksessieStarted)]);
        }
    }
}

/// <summary>
/// Who may act on a werksessie, before its input is validated: anyone with a municipality proposes one; only those who
/// may read it find it (else 404); its organiser changes it; those invited answer.
/// </summary>
internal sealed class WerksessieAccess(IAppDbContext db) :
    IAccessRule<ProposeWerksessieCommand>,
    IAccessRule<RescheduleWerksessieCommand>,
    IAccessRule<CancelWerksessieCommand>,
    IAccessRule<RespondToWerksessieCommand>
{
    public ValueTask DemandAsync(ProposeWerksessieCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        Access.Demand(viewer.CanWriteForAMunicipality());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DemandAsync(RescheduleWerksessieCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        Access.Demand(viewer.CanChangeWerksessie((await ReadableAsync(db, message.Id, viewer, cancellationToken)).OrganiserUserId));

    public async ValueTask DemandAsync(CancelWerksessieCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        Access.Demand(viewer.CanChangeWerksessie((await ReadableAsync(db, message.Id, viewer, cancellationToken)).OrganiserUserId));

    public async ValueTask DemandAsync(RespondToWerksessieCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        // The organiser comes by proposing: only those invited answer.
        var (organiser, invited) = await ReadableAsync(db, message.Id, viewer, cancellationToken);
        Access.Demand(invited && organiser != viewer.UserId);
    }

    /// <summary>The werksessie's organiser and whether the viewer is invited; 404 for one the viewer may not read.</summary>
    public static async Task<(string OrganiserUserId, bool Invited)> ReadableAsync(IAppDbContext db, int id, Viewer viewer, CancellationToken cancellationToken)
    {
        var found = await db.Werksessies.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new
            {
                w.OrganiserUserId,
                w.MunicipalityId,
                Invited = w.Invitations.Any(i => i.UserId == viewer.UserId),
                Municipalities = w.Invitations.Select(i => i.MunicipalityId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || !viewer.CanReadWerksessie(found.Invited, found.Municipalities.Append(found.MunicipalityId)))
        {
            throw NotFoundException.For("Werksessie", id);
        }

        return (found.OrganiserUserId, found.Invited);
    }

    /// <summary>The werksessie to change, with its invitations, once the access rule let the viewer through.</summary>
    public static async Task<Werksessie> LoadAsync(IAppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Werksessies.Include(w => w.Invitations).SingleOrDefaultAsync(w => w.Id == id, cancellationToken)
            ?? throw NotFoundException.For("Werksessie", id);
}
