using FluentValidation;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Digests.RunDigestPlanner;

/// <summary>What a planner run did: how many deliveries it added for the week, and why the others were passed over (counted before the run).</summary>
public sealed record PlannerRunDto(int IsoYear, int IsoWeek, int Added, IReadOnlyDictionary<NotPlannedReason, int> NotPlanned);

/// <summary>A network admin runs the digest planner now for a week.</summary>
public sealed record RunDigestPlannerCommand(int IsoYear, int IsoWeek) : ICommand<PlannerRunDto>, INetworkAdminOnly;

public sealed class RunDigestPlannerValidator : AbstractValidator<RunDigestPlannerCommand>
{
    public RunDigestPlannerValidator() =>
        RuleFor(c => c.IsoWeek).Must((c, week) => DigestSchedule.IsValidWeek(c.IsoYear, week)).WithMessage(_ => AppTexts.DigestYearWeekInvalid);
}

public sealed class RunDigestPlannerHandler(DigestPlanner planner, DigestSchedule schedule, TimeProvider clock) : ICommandHandler<RunDigestPlannerCommand, PlannerRunDto>
{
    /// <summary>A week by hand: one of the last four, or the coming one (older weeks would send old news again).</summary>
    public async ValueTask<PlannerRunDto> Handle(RunDigestPlannerCommand command, CancellationToken cancellationToken)
    {
        var week = schedule.Week(command.IsoYear, command.IsoWeek);
        var now = clock.GetUtcNow().UtcDateTime;
        if (week.DueAtUtc < now.AddDays(-28) || week.DueAtUtc > now.AddDays(7))
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.IsoWeek), AppTexts.DigestYearWeekInvalid)]);
        }

        var notPlanned = await planner.NotPlannedAsync(week, cancellationToken);
        var added = await planner.PlanAsync(week, cancellationToken);
        return new PlannerRunDto(week.IsoYear, week.IsoWeek, added, notPlanned);
    }
}
