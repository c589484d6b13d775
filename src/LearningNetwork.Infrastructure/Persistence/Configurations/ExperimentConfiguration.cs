using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class ExperimentConfiguration : IEntityTypeConfiguration<Experiment>
{
    public void Configure(EntityTypeBuilder<Experiment> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(Experiment.TitleMaxLength).IsRequired();
        builder.Property(e => e.Neighbourhood).HasMaxLength(Experiment.PlaceMaxLength);
        builder.Property(e => e.Place).HasMaxLength(Experiment.PlaceMaxLength);
        builder.Property(e => e.OtherCoupling).HasMaxLength(Experiment.OtherCouplingMaxLength);
        builder.Property(e => e.StartPrecision).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.EndPrecision).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<SourcedExample>().WithMany().HasForeignKey(e => e.SourcedExampleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.SourcedExampleId);
        builder.Property(e => e.Summary).HasMaxLength(Experiment.SummaryMaxLength).IsRequired();
        builder.Property(e => e.StatusReason).HasMaxLength(Experiment.ReasonMaxLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.DeletedByUserId).HasMaxLength(450);

        // The case record in one column, as JSON (ADR 0019): read with the project, never filtered on in SQL; what
        // the list filters on is kept in rows of its own.
        builder.Property(e => e.Record)
            .HasConversion(new ValueConverter<CaseRecord, string>(r => CaseRecordJson.Write(r), s => CaseRecordJson.Read(s)))
            .Metadata.SetValueComparer(new ValueComparer<CaseRecord>((a, b) => CaseRecordJson.Write(a!) == CaseRecordJson.Write(b!), r => CaseRecordJson.Write(r).GetHashCode(StringComparison.Ordinal), r => CaseRecordJson.Read(CaseRecordJson.Write(r))));
        builder.Property(e => e.Record).IsRequired();

        // App-managed optimistic concurrency: works the same on SQLite (no rowversion) and SQL Server.
        builder.Property(e => e.Version).IsConcurrencyToken();

        builder.HasOne<Municipality>().WithMany().HasForeignKey(e => e.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.ContactUserId).OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(e => e.Themes).WithOne().HasForeignKey(t => t.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Partners).WithOne().HasForeignKey(p => p.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Barriers).WithOne().HasForeignKey(b => b.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Lessons).WithOne().HasForeignKey(l => l.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Timeline).WithOne().HasForeignKey(t => t.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Works).WithOne().HasForeignKey(w => w.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.RecordTags).WithOne().HasForeignKey(t => t.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Experiment.Themes), nameof(Experiment.Partners), nameof(Experiment.Barriers), nameof(Experiment.Lessons), nameof(Experiment.Timeline), nameof(Experiment.Works), nameof(Experiment.RecordTags) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        // The browse page filters and sorts on these.
        builder.HasIndex(e => new { e.DeletedAtUtc, e.Visibility, e.MunicipalityId });
        builder.HasIndex(e => new { e.MunicipalityId, e.Status });
        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.CreatedAtUtc);
        builder.HasIndex(e => e.UpdatedAtUtc);
        builder.HasIndex(e => e.Title);

        // The list in its default order, newest first, read in index order until a page is full instead of
        // sorting every readable project: for visitors (one visibility) and for the signed in (visibility per row,
        // read from the index itself, so a project that is not shown costs no row lookup: 1.44 ms → 0.16 ms for a
        // member's page on the 10,000-project network, docs/performance.md).
        builder.HasIndex(e => new { e.DeletedAtUtc, e.Visibility, e.CreatedAtUtc, e.Id });
        builder.HasIndex(e => new { e.DeletedAtUtc, e.CreatedAtUtc, e.Id, e.Visibility, e.MunicipalityId });
    }
}

internal sealed class ExperimentThemeConfiguration : IEntityTypeConfiguration<ExperimentTheme>
{
    public void Configure(EntityTypeBuilder<ExperimentTheme> builder)
    {
        builder.HasKey(t => new { t.ExperimentId, t.ThemeKey });
        builder.Property(t => t.ThemeKey).HasMaxLength(CouplingTheme.KeyMaxLength);
        builder.HasOne<CouplingTheme>().WithMany().HasForeignKey(t => t.ThemeKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ThemeKey, t.ExperimentId });
    }
}

internal sealed class ExperimentPartnerConfiguration : IEntityTypeConfiguration<ExperimentPartner>
{
    public void Configure(EntityTypeBuilder<ExperimentPartner> builder)
    {
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Name).HasMaxLength(ExperimentPartner.NameMaxLength).IsRequired();
    }
}

internal sealed class ExperimentBarrierConfiguration : IEntityTypeConfiguration<ExperimentBarrier>
{
    public void Configure(EntityTypeBuilder<ExperimentBarrier> builder)
    {
        builder.HasKey(b => new { b.ExperimentId, b.BarrierNumber });
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Note).HasMaxLength(Experiment.NoteMaxLength);
        builder.HasOne<Barrier>().WithMany().HasForeignKey(b => b.BarrierNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.BarrierNumber, b.State, b.ExperimentId });
    }
}

internal sealed class ExperimentLessonConfiguration : IEntityTypeConfiguration<ExperimentLesson>
{
    public void Configure(EntityTypeBuilder<ExperimentLesson> builder)
    {
        builder.HasKey(l => new { l.ExperimentId, l.LessonNumber });
        builder.Property(l => l.Helped).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Note).HasMaxLength(Experiment.NoteMaxLength);
        builder.HasOne<Lesson>().WithMany().HasForeignKey(l => l.LessonNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.LessonNumber, l.ExperimentId });
    }
}

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("ExperimentTimeline");
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.FromStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ToStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Note).HasMaxLength(Experiment.NoteMaxLength).IsRequired();
        builder.Property(t => t.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(t => new { t.ExperimentId, t.AtUtc });
    }
}

internal sealed class ExperimentWorkConfiguration : IEntityTypeConfiguration<ExperimentWork>
{
    public void Configure(EntityTypeBuilder<ExperimentWork> builder)
    {
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(w => w.Description).HasMaxLength(CaseRecord.WorkDescriptionMaxLength).IsRequired();
        builder.Property(w => w.Owner).HasMaxLength(CaseRecord.OwnerMaxLength);

        // The radar reads windows by date; the prompt looks for those not coupled and not yet told.
        builder.HasIndex(w => new { w.WindowFrom, w.Coupled });
    }
}

/// <summary>The case record as stored: compact JSON, enums by name, so the column reads well and survives a new enum value.</summary>
internal static class CaseRecordJson
{
    private static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(CaseRecord record) => System.Text.Json.JsonSerializer.Serialize(record, Options);

    /// <summary>A stored record; lists missing from it (written before they existed) are empty.</summary>
    public static CaseRecord Read(string json)
    {
        var read = System.Text.Json.JsonSerializer.Deserialize<CaseRecord>(json, Options) ?? CaseRecord.Empty;
        return read with
        {
            Phases = read.Phases ?? [],
            Works = read.Works ?? [],
            Funding = read.Funding ?? [],
            Legal = read.Legal ?? [],
            Departments = read.Departments ?? [],
            Roles = read.Roles ?? [],
            ContactUserIds = read.ContactUserIds ?? [],
        };
    }
}
