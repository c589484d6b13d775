using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Experiments;
using SkiaSharp;

namespace LearningNetwork.Infrastructure.Documents;

/// <summary>
/// Photos through SkiaSharp: refused from their header when larger than <see cref="IImageProcessor.MaxPixels"/>, decoded
/// (a JPEG straight at about the size it is kept, so a 40-megapixel photo never unpacks whole), turned upright as the
/// camera recorded, and encoded afresh, which leaves the metadata (place, camera, owner) behind. The kept original is at
/// most <see cref="OriginalEdge"/> pixels on its long side, the page's copy <see cref="DisplayEdge"/>; a PNG stays a PNG
/// (it may be a drawing with transparency), a photo stays a JPEG. One image at a time per node, so uploads at once
/// cannot add up their decoded pixels.
/// </summary>
internal sealed class SkiaImageProcessor : IImageProcessor
{
    public const int OriginalEdge = 2560;
    public const int DisplayEdge = 960;
    private const int JpegQuality = 85;

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public ProcessedImage? Process(byte[] content, DocumentType type)
    {
        OneAtATime.Wait();
        try
        {
            using var data = SKData.CreateCopy(content);
            using var codec = SKCodec.Create(data);
            if (codec is null || (long)codec.Info.Width * codec.Info.Height > IImageProcessor.MaxPixels)
            {
                return null;
            }

            var size = codec.Info.Size;
            if (type == DocumentType.Jpeg)
            {
                size = codec.GetScaledDimensions(Math.Min(1f, (float)OriginalEdge / Math.Max(size.Width, size.Height)));
            }

            using var decoded = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, type == DocumentType.Png ? SKAlphaType.Premul : SKAlphaType.Opaque));
            if (codec.GetPixels(decoded.Info, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            {
                return null;
            }

            using var turned = Turned(decoded, codec.EncodedOrigin);
            var upright = turned ?? decoded;
            var format = type == DocumentType.Png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
            var original = Encode(upright, OriginalEdge, format);
            var display = Encode(upright, DisplayEdge, format);
            return new ProcessedImage(original.Bytes, new DisplayImage(display.Bytes, display.Width, display.Height));
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static (byte[] Bytes, int Width, int Height) Encode(SKBitmap image, int edge, SKEncodedImageFormat format)
    {
        var scale = Math.Min(1.0, (double)edge / Math.Max(image.Width, image.Height));
        if (scale >= 1.0)
        {
            using var whole = image.Encode(format, JpegQuality);
            return (whole.ToArray(), image.Width, image.Height);
        }

        var width = Math.Max(1, (int)Math.Round(image.Width * scale));
        var height = Math.Max(1, (int)Math.Round(image.Height * scale));
        using var resized = image.Resize(new SKImageInfo(width, height, image.ColorType, image.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var encoded = resized.Encode(format, JpegQuality);
        return (encoded.ToArray(), width, height);
    }

    // The orientations a camera writes, as a new bitmap; null when it is upright already. Mirrored ones are as good as
    // unknown in practice and are kept as stored.
    private static SKBitmap? Turned(SKBitmap image, SKEncodedOrigin origin)
    {
        var degrees = origin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        if (degrees == 0)
        {
            return null;
        }

        var turned = degrees == 180 ? new SKBitmap(image.Width, image.Height) : new SKBitmap(image.Height, image.Width);
        using var canvas = new SKCanvas(turned);
        canvas.Translate(turned.Width / 2f, turned.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-image.Width / 2f, -image.Height / 2f);
        using var source = SKImage.FromBitmap(image);
        canvas.DrawImage(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return turned;
    }
}
