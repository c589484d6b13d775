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
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

        // Exactly once per person and event; the unread count and the list read by person.
        builder.HasIndex(n => new { n.UserId, n.Kind, n.SubjectKey }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc, n.CreatedAtUtc });
    }
}
