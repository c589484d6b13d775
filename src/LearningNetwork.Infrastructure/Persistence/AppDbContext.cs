using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IAppDbContext
{
    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<Barrier> Barriers => Set<Barrier>();

    public DbSet<CouplingTheme> Themes => Set<CouplingTheme>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
