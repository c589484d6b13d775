using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Moderation.ReportContent;

/// <summary>A signed-in person reports a reflection or comment they can read to the moderators, with a reason.</summary>
public sealed record ReportContentCommand(ReportTarget Target, int TargetId, string Reason) : ICommand, ISignedInOnly;

public sealed class ReportContentValidator : AbstractValidator<ReportContentCommand>
{
    public ReportContentValidator()
    {
        RuleFor(c => c.Target).IsInEnum().WithMessage(_ => AppTexts.ReportTargetUnknown);
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => AppTexts.ReportReasonRequired)
            .Must(r => r.Trim().Length <= ContentReport.ReasonMaxLength).WithMessage(_ => AppTexts.ReasonTooLong);
    }
}

public sealed class ReportContentHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ReportContentCommand>
{
    public async ValueTask<Unit> Handle(ReportContentCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var existing = await db.Reports.SingleOrDefaultAsync(
            r => r.Target == command.Target && r.TargetId == command.TargetId && r.ReporterUserId == viewer.UserId, cancellationToken);
        if (existing is not null)
        {
            // Reporting again what the moderators already saw would not reach them; say so instead of pretending.
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.AlreadyReported)]);
        }

        db.Reports.Add(new ContentReport(command.Target, command.TargetId, viewer.UserId!, command.Reason, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click: the first report is in (the unique index refused the second).
            db.ClearChangeTracker();
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.AlreadyReported)]);
        }

        return Unit.Value;
    }
}
