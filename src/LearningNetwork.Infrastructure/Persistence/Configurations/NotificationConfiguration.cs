using LearningNetwork.Domain.Notifications;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.SubjectKey).HasMaxLength(Notification.SubjectKeyMaxLength).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.ActorUserId).HasMaxLength(450);
        builder.Property(n => n.Detail).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Url).HasMaxLength(Notification.UrlMaxLength).IsRequired();
        builder.Property(n => n.ContextUrl).HasMaxLength(Notification.UrlMaxLength);
        builder.Property(n => n.MailMessageId).HasMaxLength(Domain.Mail.OutboxMessage.MessageIdMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

        // Exactly once per person and event; the unread count and the list read by person.
        builder.HasIndex(n => new { n.UserId, n.Kind, n.SubjectKey }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc, n.CreatedAtUtc });

        // The mailer looks for recent notifications not yet mailed.
        builder.HasIndex(n => new { n.CreatedAtUtc, n.MailMessageId });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.HasKey(p => new { p.UserId, p.Kind });
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationFeedConfiguration : IEntityTypeConfiguration<NotificationFeed>
{
    public void Configure(EntityTypeBuilder<NotificationFeed> builder)
    {
        builder.HasKey(f => f.UserId);
        builder.Property(f => f.UserId).HasMaxLength(450);
        builder.Property(f => f.TokenHash).HasMaxLength(NotificationFeed.TokenHashLength).IsFixedLength().IsRequired();
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
