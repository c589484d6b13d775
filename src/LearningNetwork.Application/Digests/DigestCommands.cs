using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Digests;
using LearningNetwork.Domain.Mail;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Digests;

public sealed record DigestSettingsDto(bool WeeklyDigest, string Language, int Follows, DigestWeek NextWeek);

/// <summary>The signed-in person's digest settings.</summary>
public sealed record GetDigestSettingsQuery : IQuery<DigestSettingsDto>, ISignedInOnly;

public sealed class GetDigestSettingsHandler(IAppDbContext db, ViewerProvider viewers, DigestSchedule schedule) : IQueryHandler<GetDigestSettingsQuery, DigestSettingsDto>
{
    public async ValueTask<DigestSettingsDto> Handle(GetDigestSettingsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var person = await db.People.SingleAsync(p => p.Id == viewer.UserId, cancellationToken);
        var follows = await db.Follows.CountAsync(f => f.UserId == viewer.UserId, cancellationToken);
        return new DigestSettingsDto(person.WeeklyDigest, person.PreferredLanguage, follows, schedule.NextWeek());
    }
}

/// <summary>The digest on or off, and the language of mail.</summary>
public sealed record SaveDigestSettingsCommand(bool WeeklyDigest, string Language) : ICommand, ISignedInOnly;

public sealed class SaveDigestSettingsValidator : AbstractValidator<SaveDigestSettingsCommand>
{
    public SaveDigestSettingsValidator() =>
        RuleFor(c => c.Language).Must(Languages.IsSupported).WithMessage(_ => AppTexts.LanguageUnknown);
}

public sealed class SaveDigestSettingsHandler(IIdentityService identity, ViewerProvider viewers) : ICommandHandler<SaveDigestSettingsCommand>
{
    public async ValueTask<Unit> Handle(SaveDigestSettingsCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        await identity.SetDigestAsync(viewer.UserId!, command.WeeklyDigest, command.Language.ToLowerInvariant());
        return Unit.Value;
    }
}

public enum UnsubscribeOutcome
{
    Unsubscribed = 1,
    InvalidLink = 2,
}

/// <summary>One-click unsubscribe (RFC 8058): the signed token names the person; no sign-in needed.</summary>
public sealed record UnsubscribeCommand(string Token) : ICommand<UnsubscribeOutcome>;

public sealed class UnsubscribeHandler(IIdentityService identity, IUnsubscribeTokens tokens) : ICommandHandler<UnsubscribeCommand, UnsubscribeOutcome>
{
    public async ValueTask<UnsubscribeOutcome> Handle(UnsubscribeCommand command, CancellationToken cancellationToken) =>
        tokens.Read(command.Token) is { } userId && await identity.SetDigestAsync(userId, weeklyDigest: false, language: null)
            ? UnsubscribeOutcome.Unsubscribed
            : UnsubscribeOutcome.InvalidLink;
}

/// <summary>The signed-in person's next digest as it would be composed now.</summary>
public sealed record PreviewDigestQuery : IQuery<DigestContent>, ISignedInOnly;

public sealed class PreviewDigestHandler(DigestSender sender, ViewerProvider viewers) : IQueryHandler<PreviewDigestQuery, DigestContent>
{
    public async ValueTask<DigestContent> Handle(PreviewDigestQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        return await sender.PreviewAsync(viewer.UserId!, cancellationToken);
    }
}

/// <summary>
/// The signed-in person's digest now, as a mail marked as a test, through the outbox like all mail; returns the address
/// it goes to. It is not the week's delivery: no <see cref="DigestDelivery"/> is added or changed.
/// </summary>
public sealed record SendTestDigestCommand : ICommand<string>, ISignedInOnly;

public sealed class SendTestDigestHandler(DigestSender sender, IMailSender mail, ViewerProvider viewers) : ICommandHandler<SendTestDigestCommand, string>
{
    public async ValueTask<string> Handle(SendTestDigestCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var test = await sender.TestMailAsync(viewer.UserId!, cancellationToken);
        await mail.SendAsync(test, cancellationToken);
        return test.ToAddress;
    }
}

public sealed record WeekCountsDto(string Week, IReadOnlyDictionary<DigestStatus, int> Counts);

public sealed record FailedMailDto(int Id, string ToAddress, string Subject, int Attempts, string? LastError, DateTime CreatedAtUtc, bool IsDigest);

public sealed record DeliveryOverviewDto(IReadOnlyList<WeekCountsDto> Weeks, IReadOnlyList<FailedMailDto> Failed, int WaitingMail, DigestWeek LatestDueWeek);

/// <summary>For network admins: digest deliveries per week and status, and the mail that failed.</summary>
public sealed record GetDeliveryOverviewQuery : IQuery<DeliveryOverviewDto>, INetworkAdminOnly;

public sealed class GetDeliveryOverviewHandler(IAppDbContext db, DigestSchedule schedule) : IQueryHandler<GetDeliveryOverviewQuery, DeliveryOverviewDto>
{
    public const int Weeks = 8;
    public const int MaxFailed = 200;

    public async ValueTask<DeliveryOverviewDto> Handle(GetDeliveryOverviewQuery query, CancellationToken cancellationToken)
    {
        var latest = schedule.LatestDueWeek();
        var since = latest.DueAtUtc.AddDays(-7 * Weeks);
        var counts = await db.DigestDeliveries.AsNoTracking()
            .Where(d => d.DueAtUtc > since)
            .GroupBy(d => new { d.IsoYear, d.IsoWeek, d.Status })
            .Select(g => new { g.Key.IsoYear, g.Key.IsoWeek, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var weeks = counts
            .GroupBy(c => (c.IsoYear, c.IsoWeek))
            .OrderByDescending(g => g.Key.IsoYear).ThenByDescending(g => g.Key.IsoWeek)
            .Select(g => new WeekCountsDto($"{g.Key.IsoYear}W{g.Key.IsoWeek:00}", g.ToDictionary(c => c.Status, c => c.Count)))
            .ToList();
        var failed = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Failed)
            .OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id)
            .Take(MaxFailed)
            .Select(m => new { m.Id, m.ToAddress, m.Subject, m.Attempts, m.LastError, m.CreatedAtUtc, m.DigestDeliveryId })
            .ToListAsync(cancellationToken);
        var waiting = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending, cancellationToken);
        return new DeliveryOverviewDto(
            weeks,
            failed.Select(m => new FailedMailDto(m.Id, m.ToAddress, m.Subject, m.Attempts, m.LastError, m.CreatedAtUtc, m.DigestDeliveryId is not null)).ToList(),
            waiting,
            latest);
    }
}

/// <summary>A network admin sends a failed mail again.</summary>
public sealed record RetryMailCommand(int Id) : ICommand, INetworkAdminOnly;

public sealed class RetryMailHandler(IAppDbContext db, IDeliverySignal signal, TimeProvider clock) : ICommandHandler<RetryMailCommand>
{
    public async ValueTask<Unit> Handle(RetryMailCommand command, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == command.Id && m.Status == OutboxStatus.Failed, cancellationToken)
            ?? throw NotFoundException.For("Mail", command.Id);
        message.Retry(clock.GetUtcNow().UtcDateTime);
        if (message.DigestDeliveryId is { } digestId)
        {
            (await db.DigestDeliveries.SingleAsync(d => d.Id == digestId, cancellationToken)).Requeue();
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return Unit.Value;
    }
}

/// <summary>What a planner run did: how many deliveries it added for the week, and why the others were passed over (counted before the run).</summary>
public sealed record PlannerRunDto(int IsoYear, int IsoWeek, int Added, IReadOnlyDictionary<NotPlannedReason, int> NotPlanned);

/// <summary>A network admin runs the digest planner now for a week.</summary>
public sealed record RunDigestPlannerCommand(int IsoYear, int IsoWeek) : ICommand<PlannerRunDto>, INetworkAdminOnly;

public sealed class RunDigestPlannerValidator : AbstractValidator<RunDigestPlannerCommand>
{
    public RunDigestPlannerValidator() =>
        RuleFor(c => c.IsoWeek).Must((c, week) => DigestSchedule.IsValidWeek(c.IsoYear, week)).WithMessage(_ => AppTexts.DigestYearWeekInvalid);
}

public sealed class RunDigestPlannerHandler(DigestPlanner planner, DigestSchedule schedule, TimeProvider clock) : ICommandHandler<RunDigestPlannerCommand, PlannerRunDto>
{
    /// <summary>A week by hand: one of the last four, or the coming one (older weeks would send old news again).</summary>
    public async ValueTask<PlannerRunDto> Handle(RunDigestPlannerCommand command, CancellationToken cancellationToken)
    {
        var week = schedule.Week(command.IsoYear, command.IsoWeek);
        var now = clock.GetUtcNow().UtcDateTime;
        if (week.DueAtUtc < now.AddDays(-28) || week.DueAtUtc > now.AddDays(7))
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.IsoWeek), AppTexts.DigestYearWeekInvalid)]);
        }

        var notPlanned = await planner.NotPlannedAsync(week, cancellationToken);
        var added = await planner.PlanAsync(week, cancellationToken);
        return new PlannerRunDto(week.IsoYear, week.IsoWeek, added, notPlanned);
    }
}
