using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>A photo as it is kept: re-encoded without its metadata (no place, no camera) at a bounded size, and a copy sized for the page.</summary>
public sealed record ProcessedImage(byte[] Original, DisplayImage Display);

/// <summary>Decodes, turns upright, strips and resizes uploaded images.</summary>
public interface IImageProcessor
{
    /// <summary>The image ready to keep; null when it cannot be decoded or is larger than <see cref="MaxPixels"/>.</summary>
    ProcessedImage? Process(byte[] content, DocumentType type);

    /// <summary>The most pixels an upload may have (a 48-megapixel phone camera's largest photo fits), checked from its header, so a small file cannot unpack into gigabytes.</summary>
    public const long MaxPixels = 50_000_000;
}
