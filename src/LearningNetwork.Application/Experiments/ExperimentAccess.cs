using LearningNetwork.Application.Anchoring;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.AddTimelineEntry;
using LearningNetwork.Application.Experiments.ChangeStatus;
using LearningNetwork.Application.Experiments.DeleteExperiment;
using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Application.Experiments.SaveCaseRecord;
using LearningNetwork.Application.Experiments.SaveExperiment;
using LearningNetwork.Domain.Experiments;
using Microsoft.EntityFrameworkCore;
using LearningNetwork.Application.Experiments.AddDocument;
using LearningNetwork.Application.Experiments.RemoveDocument;
using LearningNetwork.Application.Anchoring.DismissAnchoringFlag;
using LearningNetwork.Application.Anchoring.RestoreAnchoringFlag;

namespace LearningNetwork.Application.Experiments;

/// <summary>
/// Who may change an experiment, before the change's input is validated: a member of its municipality (a new one:
/// anyone with a municipality). An experiment the viewer cannot read, or deleted, is 404; readable but not theirs, 403.
/// </summary>
internal sealed class ExperimentAccess(IAppDbContext db) :
    IAccessRule<SaveExperimentCommand>,
    IAccessRule<AddTimelineEntryCommand>,
    IAccessRule<ChangeStatusCommand>,
    IAccessRule<DeleteExperimentCommand>,
    IAccessRule<SaveCaseRecordCommand>,
    IAccessRule<AddDocumentCommand>,
    IAccessRule<RemoveDocumentCommand>,
    IAccessRule<DismissAnchoringFlagCommand>,
    IAccessRule<RestoreAnchoringFlagCommand>
{
    public async ValueTask DemandAsync(SaveExperimentCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        if (message.Id is { } id)
        {
            await DemandEditableAsync(id, viewer, cancellationToken);
        }
        else
        {
            Access.Demand(viewer.CanWriteForAMunicipality());
        }
    }

    public ValueTask DemandAsync(AddTimelineEntryCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.ExperimentId, viewer, cancellationToken);

    public ValueTask DemandAsync(ChangeStatusCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.ExperimentId, viewer, cancellationToken);

    public ValueTask DemandAsync(DeleteExperimentCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.Id, viewer, cancellationToken);

    public ValueTask DemandAsync(SaveCaseRecordCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.ExperimentId, viewer, cancellationToken);

    public ValueTask DemandAsync(AddDocumentCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.ExperimentId, viewer, cancellationToken);

    public ValueTask DemandAsync(RemoveDocumentCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.ExperimentId, viewer, cancellationToken);

    public ValueTask DemandAsync(DismissAnchoringFlagCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.ExperimentId, viewer, cancellationToken);

    public ValueTask DemandAsync(RestoreAnchoringFlagCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.ExperimentId, viewer, cancellationToken);

    /// <summary>The experiment to change, at the version the form showed (an older version is a conflict).</summary>
    public static async Task<Experiment> LoadForEditAsync(IAppDbContext db, int id, int version, CancellationToken cancellationToken)
    {
        var experiment = await LoadAsync(db, id, withDetails: false, cancellationToken);
        AtVersion(db, experiment, version);
        return experiment;
    }

    /// <summary>The live experiment, with its themes, partners, barriers and lessons when the change rewrites them.</summary>
    public static async Task<Experiment> LoadAsync(IAppDbContext db, int id, bool withDetails, CancellationToken cancellationToken)
    {
        IQueryable<Experiment> experiments = withDetails
            ? db.Experiments.Include(e => e.Themes).Include(e => e.Partners).Include(e => e.Barriers).Include(e => e.Lessons)
            : db.Experiments;
        return await experiments.SingleOrDefaultAsync(e => e.Id == id && e.DeletedAtUtc == null, cancellationToken)
            ?? throw NotFoundException.For("Experiment", id);
    }

    /// <summary>The change is made to the version the form showed: an older one is a conflict, and the save checks it again.</summary>
    public static void AtVersion(IAppDbContext db, Experiment experiment, int version)
    {
        if (experiment.Version != version)
        {
            throw new ConflictException($"Experiment {experiment.Id} is at version {experiment.Version}, the form was at {version}.");
        }

        db.Entry(experiment).Property(e => e.Version).OriginalValue = version;
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

    private async ValueTask DemandEditableAsync(int id, Viewer viewer, CancellationToken cancellationToken)
    {
        var municipalityId = await db.ReadableExperiments(viewer).Where(e => e.Id == id).Select(e => (int?)e.MunicipalityId).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Experiment", id);
        Access.Demand(viewer.CanEditContentOf(municipalityId));
    }
}
