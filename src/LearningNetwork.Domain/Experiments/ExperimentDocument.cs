namespace LearningNetwork.Domain.Experiments;

/// <summary>What a document is, as its content shows (never its name).</summary>
public enum DocumentType
{
    Pdf = 1,
    Jpeg = 2,
    Png = 3,
    Word = 4,
    Excel = 5,
    PowerPoint = 6,
}

/// <summary>Which of a document's stored forms: as uploaded (an image re-encoded without its metadata), or an image sized for the page.</summary>
public enum DocumentVariant
{
    Original = 0,
    Display = 1,
}

/// <summary>
/// A file attached to a project's case record: a plan, a council letter, a photo. Its bytes are in <see cref="DocumentContent"/>
/// rows of their own, so listing documents never reads them; it lives and goes with its project.
/// </summary>
public sealed class ExperimentDocument
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxPerExperiment = 20;
    public const int FileNameMaxLength = 200;
    public const int CaptionMaxLength = 300;

    private readonly List<DocumentContent> _contents = [];

    public ExperimentDocument(int experimentId, string fileName, string? caption, DocumentType type, byte[] original, DisplayImage? display, string uploadedByUserId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(uploadedByUserId);
        ExperimentId = experimentId;
        FileName = fileName;
        Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        Type = type;
        Bytes = original.LongLength;
        Width = display?.Width;
        Height = display?.Height;
        _contents.Add(new DocumentContent(DocumentVariant.Original, original));
        if (display is not null)
        {
            _contents.Add(new DocumentContent(DocumentVariant.Display, display.Bytes));
        }

        UploadedByUserId = uploadedByUserId;
        UploadedAtUtc = nowUtc;
    }

    private ExperimentDocument()
    {
        FileName = null!;
        UploadedByUserId = null!;
    }

    public int Id { get; private set; }

    public int ExperimentId { get; private set; }

    public string FileName { get; private set; }

    public string? Caption { get; private set; }

    public DocumentType Type { get; private set; }

    /// <summary>The size of the stored original.</summary>
    public long Bytes { get; private set; }

    /// <summary>An image's size on the page (its display variant); null for other documents.</summary>
    public int? Width { get; private set; }

    public int? Height { get; private set; }

    public string UploadedByUserId { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>Its stored bytes; loaded only to serve them.</summary>
    public IReadOnlyCollection<DocumentContent> Contents => _contents;

    public bool IsImage => Type is DocumentType.Jpeg or DocumentType.Png;
}

/// <summary>An image made for the page from an uploaded photo, with its size in pixels.</summary>
public sealed record DisplayImage(byte[] Bytes, int Width, int Height);

/// <summary>The bytes of one variant of a document.</summary>
public sealed class DocumentContent
{
    internal DocumentContent(DocumentVariant variant, byte[] bytes)
    {
        Variant = variant;
        Bytes = bytes;
    }

    private DocumentContent()
    {
        Bytes = null!;
    }

    public int DocumentId { get; private set; }

    public DocumentVariant Variant { get; private set; }

    public byte[] Bytes { get; private set; }
}
