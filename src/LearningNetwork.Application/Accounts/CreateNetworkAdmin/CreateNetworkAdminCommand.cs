using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.Accounts.CreateNetworkAdmin;

/// <summary>
/// The first network admin, from the command line: creates a confirmed account with the role, or gives an
/// existing account the role (then the password is left alone). True when an account was created.
/// </summary>
public sealed record CreateNetworkAdminCommand(string Email, string DisplayName, string? Password) : ICommand<bool>;

public sealed class CreateNetworkAdminValidator : AbstractValidator<CreateNetworkAdminCommand>
{
    public CreateNetworkAdminValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Password!).ValidNewPassword().When(c => c.Password is not null);
    }
}

public sealed class CreateNetworkAdminHandler(IPeopleAdministration identity) : ICommandHandler<CreateNetworkAdminCommand, bool>
{
    public async ValueTask<bool> Handle(CreateNetworkAdminCommand command, CancellationToken cancellationToken) =>
        await identity.EnsureNetworkAdminAsync(AccountRules.NormalizeEmail(command.Email), command.DisplayName.Trim(), command.Password, cancellationToken);
}
