using System.Collections.Frozen;
using System.Text.RegularExpressions;
using LearningNetwork.Application.Resources;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that length alone does not make strong (ASVS 2.1.7, NIST 800-63B): a well-known password
/// with some digits or symbols around it, very few different characters, only digits, or words from the
/// context — the person's name or address, a municipality's name, the network's name. No composition rules.
/// </summary>
internal sealed class ContextualPasswordValidator(AppDbContext db) : IPasswordValidator<ApplicationUser>
{
    private static readonly FrozenSet<string> Common = LoadCommonPasswords();

    private static readonly string[] NetworkWords = ["koppelkansen", "leernetwerk", "learningnetwork", "schetsboek"];

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }

        var lower = password.ToLowerInvariant();
        var letters = new string(lower.Where(char.IsLetter).ToArray());
        if (Common.Contains(letters) || lower.Distinct().Count() < 5 || !lower.Any(char.IsLetter))
        {
            return Failed(nameof(AppTexts.PasswordTooCommon), AppTexts.PasswordTooCommon);
        }

        var municipalities = await db.Municipalities.AsNoTracking().Select(m => m.Name).ToListAsync();
        var context = Words(user.DisplayName)
            .Concat(Words(user.Email?.Split('@')[0]))
            .Concat(municipalities.SelectMany(Words))
            .Concat(NetworkWords);
        var squeezed = new string(lower.Where(char.IsLetterOrDigit).ToArray());
        return context.Any(word => squeezed.Contains(word, StringComparison.Ordinal))
            ? Failed(nameof(AppTexts.PasswordContainsContext), AppTexts.PasswordContainsContext)
            : IdentityResult.Success;
    }

    private static IEnumerable<string> Words(string? text) =>
        Regex.Split((text ?? string.Empty).ToLowerInvariant(), @"[^\p{L}\p{Nd}]+").Where(w => w.Length >= 4);

    private static IdentityResult Failed(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = "Password" + code, Description = description });

    private static FrozenSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(ContextualPasswordValidator).Assembly.GetManifestResourceStream("LearningNetwork.Infrastructure.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
