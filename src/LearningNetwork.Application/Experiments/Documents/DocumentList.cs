using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Experiments;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.Documents;

/// <summary>A document in the project's record, as listed: never its bytes.</summary>
public sealed record DocumentDto(int Id, string FileName, string? Caption, DocumentType Type, long Bytes, int? Width, int? Height, DateTime UploadedAtUtc)
{
    public bool IsImage => Type is DocumentType.Jpeg or DocumentType.Png;
}

/// <summary>A project's documents, newest first: for its page, its document form and the API.</summary>
internal static class DocumentList
{
    public static Task<List<DocumentDto>> OfAsync(IAppDbContext db, int experimentId, CancellationToken cancellationToken) =>
        db.ExperimentDocuments.AsNoTracking()
            .Where(d => d.ExperimentId == experimentId)
            .OrderByDescending(d => d.UploadedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new DocumentDto(d.Id, d.FileName, d.Caption, d.Type, d.Bytes, d.Width, d.Height, d.UploadedAtUtc))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Marks the project updated after a document came or went, leaving its version alone: a form open on the project
    /// or its record is not made stale by a file, and a file is not refused because the record was saved meanwhile.
    /// The update goes past the save interceptor, so it retires the read cache and the list's index itself.
    /// </summary>
    public static async Task TouchAsync(IAppDbContext db, ReadCache cache, int experimentId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await db.Experiments.Where(e => e.Id == experimentId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UpdatedAtUtc, nowUtc), cancellationToken);
        cache.Changed();
    }
}
