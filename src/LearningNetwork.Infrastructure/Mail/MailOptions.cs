using MailKit.Security;

namespace LearningNetwork.Infrastructure.Mail;

/// <summary>The <c>Mail</c> configuration section: the sender and the pickup folder used when no SMTP host is set.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string FromAddress { get; set; } = "noreply@leernetwerk-koppelkansen.local";

    public string FromName { get; set; } = "Leernetwerk Koppelkansen";

    /// <summary>Where .eml files go when <c>Smtp:Host</c> is empty; relative paths are under the data folder.</summary>
    public string PickupFolder { get; set; } = "mail";
}

/// <summary>The <c>Smtp</c> configuration section; setting <see cref="Host"/> switches mail from the pickup folder to SMTP.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
