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

internal sealed class WerksessieHarvestConfiguration : IEntityTypeConfiguration<WerksessieHarvest>
{
    public void Configure(EntityTypeBuilder<WerksessieHarvest> builder)
    {
        builder.Property(h => h.RecordedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(h => h.UpdatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(h => h.Audience).HasConversion<string>().HasMaxLength(20);

        // Those who took part save the same form: a save from an older version (or over the publication) is refused.
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasOne<Werksessie>().WithOne().HasForeignKey<WerksessieHarvest>(h => h.WerksessieId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.EyeOpeners).WithOne().HasForeignKey(e => e.HarvestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Rewordings).WithOne().HasForeignKey(r => r.HarvestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.NextSteps).WithOne().HasForeignKey(s => s.HarvestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(h => h.EyeOpeners).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(h => h.Rewordings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(h => h.NextSteps).UsePropertyAccessMode(PropertyAccessMode.Field);

        // One harvest per werksessie; the publisher looks for those whose week is over, the digest for those published in its week.
        builder.HasIndex(h => h.WerksessieId).IsUnique();
        builder.HasIndex(h => new { h.PublishedAtUtc, h.CorrectionsCloseAtUtc });
    }
}

internal sealed class HarvestEyeOpenerConfiguration : IEntityTypeConfiguration<HarvestEyeOpener>
{
    public void Configure(EntityTypeBuilder<HarvestEyeOpener> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(Domain.Reflections.Reflection.TitleMaxLength).IsRequired();
        builder.Property(e => e.BodyMarkdown).HasMaxLength(Domain.Reflections.Reflection.BodyMaxLength).IsRequired();
        builder.Property(e => e.BodyHtml).IsRequired();
        builder.PrimitiveCollection(e => e.Lessons).HasMaxLength(100).IsRequired();
        builder.Property(e => e.ConsentByUserId).HasMaxLength(450);
        builder.Property(e => e.ChangedByUserId).HasMaxLength(450);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(e => e.MunicipalityId).OnDelete(DeleteBehavior.Restrict);

        // No foreign key to the project or the reflection: a second cascade path to them would be refused by SQL Server;
        // the harvest reads them through what the viewer may read, and the publisher skips a project gone.
        // A reflection's page looks up the harvest it came from.
        builder.HasIndex(e => e.ReflectionId);
    }
}

internal sealed class HarvestRewordingConfiguration : IEntityTypeConfiguration<HarvestRewording>
{
    public void Configure(EntityTypeBuilder<HarvestRewording> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(LearningQuestion.TextMaxLength).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(LearningQuestion.NoteMaxLength);
        builder.Property(r => r.ChangedByUserId).HasMaxLength(450).IsRequired();

        // No foreign key, for the same reason: a deleted question's rewording is left out when read and when published.
        builder.HasIndex(r => r.QuestionId);
    }
}

internal sealed class HarvestNextStepConfiguration : IEntityTypeConfiguration<HarvestNextStep>
{
    public void Configure(EntityTypeBuilder<HarvestNextStep> builder)
    {
        builder.Property(s => s.Description).HasMaxLength(WerksessieHarvest.StepMaxLength).IsRequired();
        builder.Property(s => s.OwnerUserId).HasMaxLength(450).IsRequired();

        // No foreign key to the owner, like the organiser: the step stays when an account is deleted, without a name.
        // The follow-up looks for steps past their date, not done, not yet told.
        builder.HasIndex(s => new { s.DueDate, s.DoneAtUtc, s.OverdueNotifiedAtUtc });
    }
}
