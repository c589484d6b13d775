using LearningNetwork.Application.Common.Caching;
using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.AddDocument;

/// <summary>
/// A member of the project's municipality attaches a file to its case record: a PDF, a photo (kept without its
/// metadata, with a copy sized for the page) or an Office file, at most 10 MB, its type told by its content. Returns its id.
/// </summary>
public sealed record AddDocumentCommand(int ExperimentId, string FileName, string? Caption, byte[] Content) : ICommand<int>;

public sealed class AddDocumentValidator : AbstractValidator<AddDocumentCommand>
{
    public AddDocumentValidator()
    {
        RuleFor(c => c.FileName).Must(n => !string.IsNullOrWhiteSpace(DocumentTypes.CleanName(n))).WithMessage(_ => AppTexts.DocumentNameRequired)
            .When(c => c.Content.Length > 0).OverridePropertyName(nameof(AddDocumentCommand.Content));
        RuleFor(c => c.Caption)
            .Must(c => c is null || c.Trim().Length <= ExperimentDocument.CaptionMaxLength).WithMessage(_ => AppTexts.DocumentCaptionTooLong)
            .Must(c => c is null || PlainText.IsOneLine(c)).WithMessage(_ => AppTexts.OneLineOnly);
        RuleFor(c => c.Content.Length).Cascade(CascadeMode.Stop)
            .GreaterThan(0).WithMessage(_ => AppTexts.DocumentEmpty)
            .LessThanOrEqualTo(ExperimentDocument.MaxBytes).WithMessage(_ => AppTexts.DocumentTooLarge)
            .Must((c, _) => DocumentTypes.Detect(c.Content) is not null).WithMessage(_ => AppTexts.DocumentTypeNotAllowed)
            .Must((c, _) => DocumentTypes.NameFits(c.FileName, DocumentTypes.Detect(c.Content)!.Value))
            .WithMessage(c => string.Format(AppTexts.Culture, AppTexts.DocumentNameMismatch, DocumentTypes.CleanName(c.FileName), AppTexts.ResourceManager.GetString($"DocumentTypeName_{DocumentTypes.Detect(c.Content)}", AppTexts.Culture)))
            .OverridePropertyName(nameof(AddDocumentCommand.Content));
    }
}

public sealed class AddDocumentHandler(IAppDbContext db, ViewerProvider viewers, IImageProcessor images, TimeProvider clock, ReadCache cache) : ICommandHandler<AddDocumentCommand, int>
{
    public async ValueTask<int> Handle(AddDocumentCommand command, CancellationToken cancellationToken)
    {
        var experiment = await ExperimentAccess.LoadAsync(db, command.ExperimentId, withDetails: false, cancellationToken);
        if (await db.ExperimentDocuments.CountAsync(d => d.ExperimentId == experiment.Id, cancellationToken) >= ExperimentDocument.MaxPerExperiment)
        {
            throw Invalid(AppTexts.DocumentTooMany);
        }

        var type = DocumentTypes.Detect(command.Content)!.Value;
        var original = command.Content;
        DisplayImage? display = null;
        if (type is DocumentType.Jpeg or DocumentType.Png)
        {
            var image = images.Process(command.Content, type) ?? throw Invalid(AppTexts.DocumentImageUnreadable);
            original = image.Original;
            display = image.Display;
        }

        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        var now = clock.GetUtcNow().UtcDateTime;
        var document = new ExperimentDocument(experiment.Id, DocumentTypes.CleanName(command.FileName), command.Caption, type, original, display, userId, now);
        db.ExperimentDocuments.Add(document);
        db.Record(clock, userId, AuditAction.DocumentAdded, experiment.MunicipalityId, details: $"#{experiment.Id} {document.FileName}");
        await db.SaveChangesAsync(cancellationToken);
        await DocumentList.TouchAsync(db, cache, experiment.Id, now, cancellationToken);
        return document.Id;
    }

    private static ValidationException Invalid(string message) =>
        new([new ValidationFailure(nameof(AddDocumentCommand.Content), message)]);
}
