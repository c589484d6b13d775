using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Municipalities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Radar.GetCouplingRadar;

/// <summary>A coupling window: works with their own owner and window, and whether the project coupled to them yet.</summary>
public sealed record CouplingWindowDto(int ExperimentId, string ProjectTitle, string Municipality, WorkKind Kind, string Description, string? Owner, DateOnly WindowFrom, DateOnly? WindowTo, bool Coupled);

/// <summary>The radar of one municipality or province: the windows opening in the next three years, by the year they open.</summary>
public sealed record CouplingRadarDto(string Name, int? MunicipalityId, Province? Province, DateOnly From, DateOnly Until, IReadOnlyList<CouplingWindowDto> Windows);

/// <summary>
/// The coupling-window radar: from the dated works in the projects' case records, the windows of one municipality (or
/// of a province's municipalities) that are open now or open in the next three years, earliest first, of the projects
/// the viewer may read. "Riool Reeshof vervangen 2027 — nog niet gekoppeld."
/// </summary>
public sealed record GetCouplingRadarQuery(int? MunicipalityId, Province? Province) : IQuery<CouplingRadarDto>;

public sealed class GetCouplingRadarValidator : AbstractValidator<GetCouplingRadarQuery>
{
    public GetCouplingRadarValidator()
    {
        RuleFor(q => q.Province).Must(p => p is null || Enum.IsDefined(p.Value)).WithMessage(_ => AppTexts.ProvinceUnknown).OverridePropertyName("province");
        RuleFor(q => q).Must(q => q.MunicipalityId is null != q.Province is null).OverridePropertyName("municipality").WithMessage(_ => AppTexts.RadarChooseOne);
    }
}

public sealed class GetCouplingRadarHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : IQueryHandler<GetCouplingRadarQuery, CouplingRadarDto>
{
    /// <summary>How far ahead the radar looks.</summary>
    public const int Years = 3;

    public const int MaxWindows = 500;

    public async ValueTask<CouplingRadarDto> Handle(GetCouplingRadarQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = new DateOnly(today.Year, today.Month, 1);
        var until = from.AddYears(Years);
        var municipalities = db.Municipalities.AsNoTracking();
        string name;
        if (query.MunicipalityId is { } id)
        {
            name = await municipalities.Where(m => m.Id == id).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Municipality", id);
            municipalities = municipalities.Where(m => m.Id == id);
        }
        else
        {
            var province = query.Province!.Value;
            name = province.ToString();
            municipalities = municipalities.Where(m => m.Province == province);
        }

        var windows = await db.ReadableExperiments(viewer)
            .Join(municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new { e.Id, e.Title, Municipality = m.Name, e.Works })
            .SelectMany(e => e.Works, (e, w) => new { e.Id, e.Title, e.Municipality, w })
            .Where(x => x.w.WindowFrom != null && x.w.WindowFrom < until && (x.w.WindowTo ?? x.w.WindowFrom) >= from)
            .OrderBy(x => x.w.WindowFrom).ThenBy(x => x.Municipality).ThenBy(x => x.w.Description)
            .Take(MaxWindows)
            .Select(x => new CouplingWindowDto(x.Id, x.Title, x.Municipality, x.w.Kind, x.w.Description, x.w.Owner, x.w.WindowFrom!.Value, x.w.WindowTo, x.w.Coupled))
            .ToListAsync(cancellationToken);
        return new CouplingRadarDto(name, query.MunicipalityId, query.Province, from, until, windows);
    }
}
