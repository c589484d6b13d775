using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>What the use cases need of the database: the sets and one unit of work per command.</summary>
public interface IAppDbContext
{
    DbSet<Lesson> Lessons { get; }

    DbSet<Barrier> Barriers { get; }

    DbSet<CouplingTheme> Themes { get; }

    DbSet<Municipality> Municipalities { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
