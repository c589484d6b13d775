using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Experiments;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments;

internal static class ExperimentAccess
{
    /// <summary>
    /// The experiment for a change by a member of its municipality, at the version the form showed: unknown or
    /// unreadable is 404, readable but not theirs is 403, an older version is a conflict.
    /// </summary>
    public static async Task<Experiment> LoadForEditAsync(IAppDbContext db, ViewerProvider viewers, int id, int version, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var experiment = await db.Experiments.SingleOrDefaultAsync(e => e.Id == id && e.DeletedAtUtc == null, cancellationToken);
        if (experiment is null || !viewer.CanRead(experiment.Visibility, experiment.MunicipalityId))
        {
            throw NotFoundException.For("Experiment", id);
        }

        Access.Demand(viewer.CanEditContentOf(experiment.MunicipalityId));
        if (experiment.Version != version)
        {
            throw new ConflictException($"Experiment {id} is at version {experiment.Version}, the form was at {version}.");
        }

        db.Entry(experiment).Property(e => e.Version).OriginalValue = version;
        return experiment;
    }

    public static async Task SaveAsync(IAppDbContext db, Experiment experiment, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConflictException($"Experiment {experiment.Id} was saved by someone else meanwhile.", exception);
        }
    }
}
