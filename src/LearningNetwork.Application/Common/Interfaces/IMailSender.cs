namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>An e-mail as the portal composes it: always plain text, and HTML beside it.</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);

/// <summary>The one way out for e-mail: a pickup folder by default, SMTP when configured.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
