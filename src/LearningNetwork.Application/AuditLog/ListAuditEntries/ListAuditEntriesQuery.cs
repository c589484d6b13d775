using FluentValidation;
using LearningNetwork.Application.Accounts;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.AuditLog.ListAuditEntries;

public sealed record AuditEntryDto(long Id, DateTime AtUtc, AuditAction Action, string? ActorUserId, string? ActorName, string? SubjectUserId, string? SubjectName, int? MunicipalityId, string? Municipality, string? Details);

public sealed record AuditPageDto(IReadOnlyList<AuditEntryDto> Entries, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The audit log for network admins, newest first, filtered by action, municipality, person and period.</summary>
public sealed record ListAuditEntriesQuery(AuditAction? Action, int? MunicipalityId, string? Person, DateOnly? From, DateOnly? To, int Page = 1) : IQuery<AuditPageDto>, INetworkAdminOnly
{
    public const int PageSize = 50;
}

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000).WithMessage(_ => AppTexts.PageOutOfRange);
        RuleFor(q => q.Person).MaximumLength(AccountRules.EmailMaxLength).WithMessage(_ => AppTexts.SearchTooLong);
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || to >= q.From).WithMessage(_ => AppTexts.PeriodReversed);
        RuleFor(q => q.Action).Must(a => a is null || Enum.IsDefined(a.Value)).WithMessage(_ => AppTexts.AuditActionUnknown);
    }
}

public sealed class ListAuditEntriesHandler(IAppDbContext db) : IQueryHandler<ListAuditEntriesQuery, AuditPageDto>
{
    public async ValueTask<AuditPageDto> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {

        var entries = db.AuditEntries.AsNoTracking();
        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (query.MunicipalityId is { } municipalityId)
        {
            entries = entries.Where(a => a.MunicipalityId == municipalityId);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(a => a.AtUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(a => a.AtUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var term = query.Person.Trim();
            var people = db.People.Where(p => p.Email.Contains(term) || p.DisplayName.Contains(term)).Select(p => p.Id);
            entries = entries.Where(a => people.Contains(a.ActorUserId!) || people.Contains(a.SubjectUserId!));
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = await entries
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((query.Page - 1) * ListAuditEntriesQuery.PageSize)
            .Take(ListAuditEntriesQuery.PageSize)
            .LeftJoin(db.People, a => a.ActorUserId, p => p.Id, (a, actor) => new { a, ActorName = actor == null ? null : actor.DisplayName })
            .LeftJoin(db.People, x => x.a.SubjectUserId, p => p.Id, (x, subject) => new { x.a, x.ActorName, SubjectName = subject == null ? null : subject.DisplayName })
            .LeftJoin(db.Municipalities, x => x.a.MunicipalityId, g => g.Id, (x, g) => new AuditEntryDto(
                x.a.Id, x.a.AtUtc, x.a.Action, x.a.ActorUserId, x.ActorName, x.a.SubjectUserId, x.SubjectName, x.a.MunicipalityId, g == null ? null : g.Name, x.a.Details))
            .ToListAsync(cancellationToken);

        return new AuditPageDto(page.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).ToList(), total, query.Page, ListAuditEntriesQuery.PageSize);
    }
}
