using LearningNetwork.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

namespace LearningNetwork.Infrastructure.Mail;

/// <summary>Writes each mail as an .eml file, so a fresh install works without a mail server.</summary>
internal sealed partial class PickupFolderTransport(MimeMessageFactory factory, string folder, ILogger<PickupFolderTransport> logger) : IMailTransport
{
    public string MessageIdDomain => factory.MessageIdDomain;

    public async Task DeliverAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var message = factory.Create(mail);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmssfffffff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name));
        LogWritten(name, folder);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail written to pickup folder as {FileName} in {Folder}")]
    private partial void LogWritten(string fileName, string folder);
}
