using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Municipalities.GetMunicipality;

public sealed record MunicipalityPersonDto(string UserId, string DisplayName, string? JobTitle, MembershipRole Role);

public sealed record MunicipalityExperimentDto(int Id, string Title, ExperimentStatus Status, Visibility Visibility, DateTime UpdatedAtUtc);

public sealed record PendingRequestDto(int Id, string UserId, string DisplayName, string Email, string Motivation, DateTime CreatedAtUtc);

/// <summary>Where the viewer stands with this municipality.</summary>
public enum ViewerStanding
{
    Anonymous,
    Outsider,
    RequestPending,
    Member,
    Coordinator,
}

public sealed record MunicipalityDetailDto(
    int Id,
    string Name,
    string CbsCode,
    Province Province,
    IReadOnlyList<string> EmailDomains,
    bool AutoApproveEmailDomains,
    int MemberCount,
    IReadOnlyList<MunicipalityPersonDto> People,
    IReadOnlyList<PendingRequestDto> PendingRequests,
    ViewerStanding Standing,
    bool CanEdit,
    bool CanManageMembers,
    IReadOnlyList<MunicipalityExperimentDto> Experiments,
    bool CanAddExperiments,
    IReadOnlyList<SourcedExampleDto> FromSchetsboek,
    SchetsboekStanding? Schetsboek,
    bool ProposedForWerksessies);

/// <summary>
/// One municipality: its people for signed-in users, its open membership requests for those who decide them,
/// and what the viewer may do here.
/// </summary>
public sealed record GetMunicipalityQuery(int Id) : IQuery<MunicipalityDetailDto>;

public sealed class GetMunicipalityHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetMunicipalityQuery, MunicipalityDetailDto>
{
    public async ValueTask<MunicipalityDetailDto> Handle(GetMunicipalityQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var municipality = await db.Municipalities.AsNoTracking()
            .Where(m => m.Id == query.Id)
            .Select(m => new { m.Id, m.Name, m.CbsCode, m.Province, m.EmailDomains, m.AutoApproveEmailDomains, m.ProposedForWerksessies })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Municipality", query.Id);

        var members = db.Memberships.AsNoTracking().Where(m => m.MunicipalityId == query.Id);
        var memberCount = await members.CountAsync(cancellationToken);
        IReadOnlyList<MunicipalityPersonDto> people = viewer.CanSeePeople()
            ? await members
                .Join(db.People, m => m.UserId, p => p.Id, (m, p) => new { m.Role, p.Id, p.DisplayName, p.JobTitle })
                .OrderByDescending(x => x.Role).ThenBy(x => x.DisplayName)
                .Select(x => new MunicipalityPersonDto(x.Id, x.DisplayName, x.JobTitle, x.Role))
                .ToListAsync(cancellationToken)
            : [];

        var canManage = viewer.CanManageMembersOf(query.Id);
        IReadOnlyList<PendingRequestDto> pending = canManage
            ? await db.MembershipRequests.AsNoTracking()
                .Where(r => r.MunicipalityId == query.Id && r.Status == MembershipRequestStatus.Pending)
                .OrderBy(r => r.CreatedAtUtc)
                .Join(db.People, r => r.UserId, p => p.Id, (r, p) => new PendingRequestDto(r.Id, p.Id, p.DisplayName, p.Email, r.Motivation, r.CreatedAtUtc))
                .ToListAsync(cancellationToken)
            : [];

        var experiments = await db.Experiments.AsNoTracking()
            .Where(e => e.MunicipalityId == query.Id && e.DeletedAtUtc == null)
            .VisibleTo(viewer)
            .OrderByDescending(e => e.UpdatedAtUtc)
            .Select(e => new MunicipalityExperimentDto(e.Id, e.Title, e.Status, e.Visibility, e.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

        return new MunicipalityDetailDto(
            municipality.Id,
            municipality.Name,
            municipality.CbsCode,
            municipality.Province,
            municipality.EmailDomains,
            municipality.AutoApproveEmailDomains,
            memberCount,
            people,
            pending,
            await StandingAsync(viewer, query.Id, cancellationToken),
            viewer.CanManageMunicipalities(),
            canManage,
            experiments,
            viewer.CanEditContentOf(query.Id),
            await SchetsboekContent.ExamplesAsync(db, viewer, e => e.Municipalities.Any(m => m.MunicipalityId == query.Id), cancellationToken),
            SchetsboekCatalog.StandingOf(municipality.CbsCode),
            municipality.ProposedForWerksessies);
    }

    private async Task<ViewerStanding> StandingAsync(Viewer viewer, int municipalityId, CancellationToken cancellationToken)
    {
        if (!viewer.IsSignedIn())
        {
            return ViewerStanding.Anonymous;
        }

        if (viewer.IsMemberOf(municipalityId))
        {
            return viewer.IsCoordinatorOf(municipalityId) ? ViewerStanding.Coordinator : ViewerStanding.Member;
        }

        var pending = await db.MembershipRequests.AnyAsync(
            r => r.UserId == viewer.UserId && r.MunicipalityId == municipalityId && r.Status == MembershipRequestStatus.Pending,
            cancellationToken);
        return pending ? ViewerStanding.RequestPending : ViewerStanding.Outsider;
    }
}
