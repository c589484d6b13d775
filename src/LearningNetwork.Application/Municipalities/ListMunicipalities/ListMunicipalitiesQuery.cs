using FluentValidation;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Municipalities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Municipalities.ListMunicipalities;

public sealed record MunicipalityDto(int Id, string Name, string CbsCode, Province Province, int MemberCount);

/// <summary>The network's municipalities by name, optionally of one province (<c>noord-brabant</c> or <c>NoordBrabant</c>).</summary>
public sealed record ListMunicipalitiesQuery(string? Province) : IQuery<IReadOnlyList<MunicipalityDto>>;

public sealed class ListMunicipalitiesValidator : AbstractValidator<ListMunicipalitiesQuery>
{
    public ListMunicipalitiesValidator()
    {
        RuleFor(q => q.Province)
            .ValidProvince()
            .When(q => q.Province is not null);
    }
}

public sealed class ListMunicipalitiesHandler(IAppDbContext db, ReadCache cache) : IQueryHandler<ListMunicipalitiesQuery, IReadOnlyList<MunicipalityDto>>
{
    public ValueTask<IReadOnlyList<MunicipalityDto>> Handle(ListMunicipalitiesQuery query, CancellationToken cancellationToken) =>
        cache.GetAsync("municipalities|" + query.Province, () => LoadAsync(query, cancellationToken));

    private async Task<IReadOnlyList<MunicipalityDto>> LoadAsync(ListMunicipalitiesQuery query, CancellationToken cancellationToken)
    {
        var municipalities = db.Municipalities.AsNoTracking();
        if (query.Province is not null)
        {
            MunicipalityRules.TryParseProvince(query.Province, out var province);
            municipalities = municipalities.Where(m => m.Province == province);
        }

        return await municipalities
            .OrderBy(m => m.Name)
            .Select(m => new MunicipalityDto(m.Id, m.Name, m.CbsCode, m.Province, db.Memberships.Count(x => x.MunicipalityId == m.Id)))
            .ToListAsync(cancellationToken);
    }
}
