using LearningNetwork.Application.Common.Validation;
using System.Net.Mail;
using FluentValidation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;

namespace LearningNetwork.Application.Accounts;

/// <summary>The rules every account form shares, so register, reset and sign-in say the same thing.</summary>
public static class AccountRules
{
    public const int EmailMaxLength = 254;
    public const int DisplayNameMaxLength = 100;
    public const int JobTitleMaxLength = 100;
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule
            .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage(_ => AppTexts.EmailRequired)
            .MaximumLength(EmailMaxLength).WithMessage(_ => AppTexts.EmailTooLong)
            .Must(IsEmailAddress).WithMessage(_ => AppTexts.EmailInvalid);

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule) =>
        rule
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => AppTexts.DisplayNameRequired)
            .Must(n => n.Trim().Length <= DisplayNameMaxLength).WithMessage(_ => AppTexts.DisplayNameTooLong)
            .Must(PlainText.IsOneLine).WithMessage(_ => AppTexts.OneLineOnly);

    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule
            .NotEmpty().WithMessage(_ => AppTexts.PasswordRequired)
            .MinimumLength(PasswordMinLength).WithMessage(_ => AppTexts.PasswordTooShort)
            .MaximumLength(PasswordMaxLength).WithMessage(_ => AppTexts.PasswordTooLong);

    public static IRuleBuilderOptions<T, string> ValidLanguage<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(Languages.IsSupported).WithMessage(_ => AppTexts.LanguageUnknown);

    public static string NormalizeEmail(string email) => email.Trim();

    private static bool IsEmailAddress(string email)
    {
        var trimmed = email.Trim();
        if (trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        if (!MailAddress.TryCreate(trimmed, out var address) || !string.Equals(address.Address, trimmed, StringComparison.Ordinal))
        {
            return false;
        }

        var host = address.Host;
        return host.Contains('.', StringComparison.Ordinal) && !host.StartsWith('.') && !host.EndsWith('.');
    }
}
