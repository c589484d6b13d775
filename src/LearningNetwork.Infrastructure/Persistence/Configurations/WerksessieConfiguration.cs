using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Domain.Werksessies;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class WerksessieConfiguration : IEntityTypeConfiguration<Werksessie>
{
    public void Configure(EntityTypeBuilder<Werksessie> builder)
    {
        builder.Property(w => w.CalendarUid).HasMaxLength(100).IsRequired();
        builder.Property(w => w.OrganiserUserId).HasMaxLength(450).IsRequired();
        builder.Property(w => w.Title).HasMaxLength(Werksessie.TitleMaxLength).IsRequired();
        builder.Property(w => w.Location).HasMaxLength(Werksessie.LocationMaxLength);
        builder.Property(w => w.AgendaMarkdown).HasMaxLength(Werksessie.AgendaMaxLength).IsRequired();
        builder.Property(w => w.AgendaHtml).IsRequired();
        builder.Property(w => w.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(w => w.CalendarUid).IsUnique();
        builder.HasOne<Barrier>().WithMany().HasForeignKey(w => w.BarrierNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(w => w.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Experiment>().WithMany().HasForeignKey(w => w.ExperimentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<LearningQuestion>().WithMany().HasForeignKey(w => w.QuestionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(w => w.Invitations).WithOne().HasForeignKey(i => i.WerksessieId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Invitations).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The reminder looks for planned werksessies by start; a barrier's page and /insights count by barrier.
        builder.HasIndex(w => new { w.State, w.StartsAtUtc });
        builder.HasIndex(w => new { w.BarrierNumber, w.State });
    }
}

internal sealed class WerksessieInvitationConfiguration : IEntityTypeConfiguration<WerksessieInvitation>
{
    public void Configure(EntityTypeBuilder<WerksessieInvitation> builder)
    {
        builder.Property(i => i.UserId).HasMaxLength(450).IsRequired();
        builder.Property(i => i.Response).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ReminderMessageId).HasMaxLength(Domain.Mail.OutboxMessage.MessageIdMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(i => i.MunicipalityId).OnDelete(DeleteBehavior.Restrict);

        // No one twice in the same werksessie; a person's werksessies (overlap, their page) by person.
        builder.HasIndex(i => new { i.WerksessieId, i.UserId }).IsUnique();
        builder.HasIndex(i => new { i.UserId, i.Response });
    }
}
