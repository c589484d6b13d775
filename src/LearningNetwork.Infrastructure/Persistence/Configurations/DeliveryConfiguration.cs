using LearningNetwork.Domain.Digests;
using LearningNetwork.Domain.Mail;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.MessageId).HasMaxLength(OutboxMessage.MessageIdMaxLength).IsRequired();
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMessage.AddressMaxLength).IsRequired();
        builder.Property(m => m.ToName).HasMaxLength(OutboxMessage.NameMaxLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);
        builder.Property(m => m.AttachmentFileName).HasMaxLength(100);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);

        // One message per Message-ID: a digest composed twice cannot be queued twice.
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.ClaimToken);

        // A sender saves only while its claim holds: an expired claim taken over by another sender makes the save fail.
        builder.Property(m => m.ClaimToken).IsConcurrencyToken();
        builder.HasOne<DigestDelivery>().WithMany().HasForeignKey(m => m.DigestDeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.MessageId).HasMaxLength(OutboxMessage.MessageIdMaxLength);
        builder.Property(d => d.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        builder.Ignore(d => d.WeekLabel);

        // The heart of "exactly once": one row per person and ISO week, whoever plans it and however often.
        builder.HasIndex(d => new { d.UserId, d.IsoYear, d.IsoWeek }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.DueAtUtc });
        builder.HasIndex(d => new { d.IsoYear, d.IsoWeek, d.Status });
        builder.HasIndex(d => d.ClaimToken);
        builder.Property(d => d.ClaimToken).IsConcurrencyToken();

        // A deleted account takes its pending digests with it.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
