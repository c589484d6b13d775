using LearningNetwork.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

namespace LearningNetwork.Infrastructure.Mail;

/// <summary>Writes each mail as an .eml file, so a fresh install works without a mail server.</summary>
internal sealed partial class PickupFolderMailSender(MimeMessageFactory factory, string folder, ILogger<PickupFolderMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
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
