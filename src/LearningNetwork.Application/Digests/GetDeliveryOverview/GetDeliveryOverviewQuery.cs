using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Digests;
using LearningNetwork.Domain.Mail;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Digests.GetDeliveryOverview;

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
