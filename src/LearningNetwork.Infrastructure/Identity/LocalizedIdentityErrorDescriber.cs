using LearningNetwork.Application.Resources;
using Microsoft.AspNetCore.Identity;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>Identity's own errors in the user's language, for the few that our validators do not catch first.</summary>
internal sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Describe(nameof(DefaultError), AppTexts.IdentityDefaultError);

    public override IdentityError InvalidToken() => Describe(nameof(InvalidToken), AppTexts.ResetLinkInvalid);

    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), AppTexts.PasswordTooShort);

    public override IdentityError InvalidEmail(string? email) => Describe(nameof(InvalidEmail), AppTexts.EmailInvalid);

    public override IdentityError InvalidUserName(string? userName) => Describe(nameof(InvalidUserName), AppTexts.EmailInvalid);

    private static IdentityError Describe(string code, string description) => new() { Code = code, Description = description };
}
