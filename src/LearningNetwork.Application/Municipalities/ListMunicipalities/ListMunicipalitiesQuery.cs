using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Municipalities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Municipalities.ListMunicipalities;

public sealed record MunicipalityDto(int Id, string Name, string CbsCode, Province Province);

/// <summary>The network's municipalities by name, optionally of one province (<c>noord-brabant</c> or <c>NoordBrabant</c>).</summary>
public sealed record ListMunicipalitiesQuery(string? Province) : IQuery<IReadOnlyList<MunicipalityDto>>;

public sealed class ListMunicipalitiesValidator : AbstractValidator<ListMunicipalitiesQuery>
{
    public ListMunicipalitiesValidator()
    {
        RuleFor(q => q.Province)
            .Must(p => p is null || TryParseProvince(p, out _))
            .WithMessage(_ => AppTexts.ProvinceUnknown);
    }

    /// <summary>A province by its name, case-insensitive and with or without hyphens; numbers are not names.</summary>
    public static bool TryParseProvince(string value, out Province province)
    {
        var name = value.Replace("-", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse(name, ignoreCase: true, out province) && Enum.IsDefined(province) && !name.Any(char.IsDigit);
    }
}

public sealed class ListMunicipalitiesHandler(IAppDbContext db) : IQueryHandler<ListMunicipalitiesQuery, IReadOnlyList<MunicipalityDto>>
{
    public async ValueTask<IReadOnlyList<MunicipalityDto>> Handle(ListMunicipalitiesQuery query, CancellationToken cancellationToken)
    {
        var municipalities = db.Municipalities.AsNoTracking();
        if (query.Province is not null)
        {
            ListMunicipalitiesValidator.TryParseProvince(query.Province, out var province);
            municipalities = municipalities.Where(m => m.Province == province);
        }

        return await municipalities
            .OrderBy(m => m.Name)
            .Select(m => new MunicipalityDto(m.Id, m.Name, m.CbsCode, m.Province))
            .ToListAsync(cancellationToken);
    }
}
