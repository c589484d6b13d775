using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Municipalities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Municipalities.SaveMunicipality;

/// <summary>Adds a municipality (no id) or edits one; network admins only. Returns its id.</summary>
public sealed record SaveMunicipalityCommand(int? Id, string Name, string CbsCode, string Province, string? EmailDomains, bool AutoApproveEmailDomains) : ICommand<int>, INetworkAdminOnly;

public sealed class SaveMunicipalityValidator : AbstractValidator<SaveMunicipalityCommand>
{
    public SaveMunicipalityValidator()
    {
        RuleFor(c => c.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => AppTexts.MunicipalityNameRequired)
            .Must(n => n.Trim().Length <= Municipality.NameMaxLength).WithMessage(_ => AppTexts.MunicipalityNameTooLong)
            .Must(PlainText.IsOneLine).WithMessage(_ => AppTexts.OneLineOnly);
        RuleFor(c => c.CbsCode)
            .Must(c => Municipality.IsValidCbsCode(c?.Trim().ToUpperInvariant())).WithMessage(_ => AppTexts.CbsCodeInvalid);
        RuleFor(c => c.Province).ValidProvince();
        RuleFor(c => c.EmailDomains)
            .Must(d => MunicipalityRules.ParseEmailDomains(d).Count <= Municipality.EmailDomainsMax).WithMessage(_ => AppTexts.EmailDomainsTooMany)
            .Must(d => MunicipalityRules.ParseEmailDomains(d).All(Municipality.IsValidEmailDomain)).WithMessage(_ => AppTexts.EmailDomainInvalid);
        RuleFor(c => c.AutoApproveEmailDomains)
            .Must((c, auto) => !auto || MunicipalityRules.ParseEmailDomains(c.EmailDomains).Count > 0).WithMessage(_ => AppTexts.AutoApproveNeedsDomains);
    }
}

public sealed class SaveMunicipalityHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<SaveMunicipalityCommand, int>
{
    public async ValueTask<int> Handle(SaveMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);

        var name = command.Name.Trim();
        var code = command.CbsCode.Trim().ToUpperInvariant();
        var domains = MunicipalityRules.ParseEmailDomains(command.EmailDomains);
        MunicipalityRules.TryParseProvince(command.Province, out var province);

        try
        {
            return await db.InTransactionAsync(
                async token =>
                {
                    var municipality = command.Id is { } id
                        ? await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id, token) ?? throw NotFoundException.For("Municipality", id)
                        : null;
                    await EnsureUniqueAsync(municipality?.Id, name, code, domains, token);
                    if (municipality is null)
                    {
                        municipality = new Municipality(name, code, province);
                        municipality.Update(name, code, province, domains, command.AutoApproveEmailDomains);
                        db.Municipalities.Add(municipality);
                        await db.SaveChangesAsync(token);
                        db.Record(clock, viewer.UserId, AuditAction.MunicipalityCreated, municipality.Id, details: Describe(municipality));
                    }
                    else
                    {
                        var before = Describe(municipality);
                        municipality.Update(name, code, province, domains, command.AutoApproveEmailDomains);
                        db.Record(clock, viewer.UserId, AuditAction.MunicipalityUpdated, municipality.Id, details: $"{before} → {Describe(municipality)}");
                    }

                    await db.SaveChangesAsync(token);
                    return municipality.Id;
                },
                async token =>
                {
                    // Landed if the row now carries what was saved (the uniqueness check made it ours).
                    var saved = await db.Municipalities.AsNoTracking()
                        .Where(m => (command.Id == null || m.Id == command.Id) && m.Name == name && m.CbsCode == code && m.AutoApproveEmailDomains == command.AutoApproveEmailDomains)
                        .Select(m => (int?)m.Id)
                        .SingleOrDefaultAsync(token);
                    return (saved is not null, saved ?? 0);
                },
                cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin saved the same name or code a moment earlier: the unique index has the last word.
            throw new ValidationException([new ValidationFailure(nameof(SaveMunicipalityCommand.Name), AppTexts.MunicipalityNameTaken)]);
        }
    }

    /// <summary>Data only (names, codes, domains), so the audit page shows it the same in either language.</summary>
    private static string Describe(Municipality municipality) =>
        $"{municipality.Name} ({municipality.CbsCode}; {string.Join(", ", municipality.EmailDomains)})";

    private async Task EnsureUniqueAsync(int? id, string name, string code, IReadOnlyList<string> domains, CancellationToken cancellationToken)
    {
        var others = await db.Municipalities.AsNoTracking()
            .Where(m => m.Id != id)
            .Select(m => new { m.Name, m.CbsCode, m.EmailDomains })
            .ToListAsync(cancellationToken);
        var failures = new List<ValidationFailure>();
        if (others.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add(new ValidationFailure(nameof(SaveMunicipalityCommand.Name), AppTexts.MunicipalityNameTaken));
        }

        if (others.Any(m => m.CbsCode == code))
        {
            failures.Add(new ValidationFailure(nameof(SaveMunicipalityCommand.CbsCode), AppTexts.CbsCodeTaken));
        }

        if (others.Any(m => m.EmailDomains.Intersect(domains).Any()))
        {
            failures.Add(new ValidationFailure(nameof(SaveMunicipalityCommand.EmailDomains), AppTexts.EmailDomainTaken));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
