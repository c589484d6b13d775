using FluentValidation;
using LearningNetwork.Application.Common.Validation;
using Mediator;

namespace LearningNetwork.Application.Common.Behaviours;

/// <summary>
/// Runs every FluentValidation validator of a message before its handler, and for a command (anything that
/// stores) the one rule for text, <see cref="PlainText"/>, on all its strings; failures never reach the database.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = message is IBaseCommand ? PlainText.Failures(message).ToList() : [];
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
