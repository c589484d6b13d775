using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LearningNetwork.Domain.Municipalities;

/// <summary>A Dutch municipality (gemeente), identified by its CBS code (GM + four digits).</summary>
public sealed partial class Municipality
{
    public const int NameMaxLength = 100;
    public const int CbsCodeLength = 6;

    public const int EmailDomainMaxLength = 100;
    public const int EmailDomainsMax = 10;

    public Municipality(string name, string cbsCode, Province province)
    {
        Update(name, cbsCode, province, [], autoApproveEmailDomains: false);
    }

    private Municipality()
    {
        Name = null!;
        CbsCode = null!;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string CbsCode { get; private set; }

    public Province Province { get; private set; }

    /// <summary>E-mail domains of the municipality's staff, lower case, e.g. <c>tilburg.nl</c>.</summary>
    public List<string> EmailDomains { get; private set; } = [];

    /// <summary>Approve requests from addresses on <see cref="EmailDomains"/> without waiting for a coordinator.</summary>
    public bool AutoApproveEmailDomains { get; private set; }

    /// <summary>
    /// Whether the portal may propose this municipality for a werksessie to municipalities still blocked by a barrier
    /// it overcame. On unless its coordinators opt out.
    /// </summary>
    public bool ProposedForWerksessies { get; private set; } = true;

    public void SetProposedForWerksessies(bool proposed) => ProposedForWerksessies = proposed;

    [MemberNotNull(nameof(Name), nameof(CbsCode))]
    public void Update(string name, string cbsCode, Province province, IEnumerable<string> emailDomains, bool autoApproveEmailDomains)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, NameMaxLength);
        if (!IsValidCbsCode(cbsCode))
        {
            throw new ArgumentException($"'{cbsCode}' is not a CBS municipality code (GM followed by four digits).", nameof(cbsCode));
        }

        if (!Enum.IsDefined(province))
        {
            throw new ArgumentOutOfRangeException(nameof(province));
        }

        var domains = emailDomains.Select(d => d.Trim().ToLowerInvariant()).Where(d => d.Length > 0).Distinct().ToList();
        if (domains.Count > EmailDomainsMax || domains.Any(d => !IsValidEmailDomain(d)))
        {
            throw new ArgumentException("Invalid e-mail domains.", nameof(emailDomains));
        }

        Name = name.Trim();
        CbsCode = cbsCode;
        Province = province;
        EmailDomains = domains;
        AutoApproveEmailDomains = autoApproveEmailDomains && domains.Count > 0;
    }

    /// <summary>Whether an address is on one of the municipality's domains (exactly, not a subdomain).</summary>
    public bool OwnsEmailAddress(string email)
    {
        var at = email.LastIndexOf('@');
        return at > 0 && EmailDomains.Contains(email[(at + 1)..].Trim().ToLowerInvariant());
    }

    public static bool IsValidEmailDomain(string? domain) =>
        domain is not null && domain.Length <= EmailDomainMaxLength && EmailDomainPattern().IsMatch(domain);

    public static bool IsValidCbsCode(string? code) => code is not null && CbsCodePattern().IsMatch(code);

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CbsCodePattern();

    [GeneratedRegex("^(?=.{3,100}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailDomainPattern();
}
