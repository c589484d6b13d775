using LearningNetwork.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Application.Accounts.AccountRules.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.JobTitle).HasMaxLength(Application.Accounts.AccountRules.JobTitleMaxLength);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(2).IsUnicode(false).IsRequired();
    }
}
