using System.IO.Compression;
using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.Application.Experiments.Documents;

/// <summary>
/// What a file is, from its bytes: the signature of a PDF, JPEG or PNG, or the parts inside an Office Open XML
/// package. A name never decides; it must only agree with the content. Office files with macros are not taken.
/// </summary>
public static class DocumentTypes
{
    private const int MaxExtension = 10;

    // The list of content types of a real package is a few kilobytes.
    private const long MaxContentTypes = 256 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<DocumentType, string[]> Extensions = new()
    {
        [DocumentType.Pdf] = [".pdf"],
        [DocumentType.Jpeg] = [".jpg", ".jpeg"],
        [DocumentType.Png] = [".png"],
        [DocumentType.Word] = [".docx"],
        [DocumentType.Excel] = [".xlsx"],
        [DocumentType.PowerPoint] = [".pptx"],
    };

    /// <summary>What the file input offers.</summary>
    public static string Accept { get; } = string.Join(',', Extensions.Values.SelectMany(e => e));

    /// <summary>The type the content shows; null when it is none the portal takes.</summary>
    public static DocumentType? Detect(byte[] content)
    {
        var bytes = content.AsSpan();
        if (bytes.StartsWith(Pdf))
        {
            return DocumentType.Pdf;
        }

        if (bytes.StartsWith(Jpeg))
        {
            return DocumentType.Jpeg;
        }

        if (bytes.StartsWith(Png))
        {
            return DocumentType.Png;
        }

        return bytes.StartsWith(Zip) ? DetectOffice(content) : null;
    }

    /// <summary>Whether the file's name ends as its content is: a PNG called "plan.pdf" is refused, not renamed.</summary>
    public static bool NameFits(string fileName, DocumentType type) =>
        Extensions[type].Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    public static string ContentType(DocumentType type) => type switch
    {
        DocumentType.Pdf => "application/pdf",
        DocumentType.Jpeg => "image/jpeg",
        DocumentType.Png => "image/png",
        DocumentType.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentType.Excel => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };

    /// <summary>
    /// The name as kept: without any folder, control characters or quotes, at most <see cref="ExperimentDocument.FileNameMaxLength"/>
    /// characters with its extension kept.
    /// </summary>
    public static string CleanName(string fileName)
    {
        var name = new string([.. Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c) && c != '"')]).Trim();
        if (name.Length <= ExperimentDocument.FileNameMaxLength)
        {
            return name;
        }

        // An extension longer than any real one is part of the name.
        var extension = Path.GetExtension(name);
        extension = extension.Length <= MaxExtension ? extension : string.Empty;
        var kept = ExperimentDocument.FileNameMaxLength - extension.Length;
        return string.Concat(name.AsSpan(0, char.IsHighSurrogate(name[kept - 1]) ? kept - 1 : kept), extension);
    }


    // Reads only the package's list of parts, never unpacks them.
    private static DocumentType? DetectOffice(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var parts = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (archive.GetEntry("[Content_Types].xml") is not { Length: <= MaxContentTypes } types || HasMacros(types) || parts.Any(p => p.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            return parts.Contains("word/document.xml") ? DocumentType.Word
                : parts.Contains("xl/workbook.xml") ? DocumentType.Excel
                : parts.Contains("ppt/presentation.xml") ? DocumentType.PowerPoint
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // A macro project is declared in the package's list of content types, whatever its part is called.
    private static bool HasMacros(ZipArchiveEntry types)
    {
        using var reader = new StreamReader(types.Open());
        var declared = reader.ReadToEnd();
        return declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || declared.Contains("vbaProject", StringComparison.OrdinalIgnoreCase);
    }
}
