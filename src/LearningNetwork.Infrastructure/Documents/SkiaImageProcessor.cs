using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Experiments;
using SkiaSharp;

namespace LearningNetwork.Infrastructure.Documents;

/// <summary>
/// Photos through SkiaSharp: decoded (refusing more than <see cref="IImageProcessor.MaxPixels"/> before any pixel is
/// unpacked), turned upright as the camera recorded, and encoded afresh, which leaves the metadata (place, camera,
/// owner) behind. The kept original is at most <see cref="OriginalEdge"/> pixels on its long side, the page's copy
/// <see cref="DisplayEdge"/>; a PNG stays a PNG (it may be a drawing with transparency), a photo stays a JPEG.
/// </summary>
internal sealed class SkiaImageProcessor : IImageProcessor
{
    public const int OriginalEdge = 2560;
    public const int DisplayEdge = 960;
    private const int JpegQuality = 85;

    public ProcessedImage? Process(byte[] content, DocumentType type)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > IImageProcessor.MaxPixels)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var format = type == DocumentType.Png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
        var original = Encode(upright, OriginalEdge, format);
        var display = Encode(upright, DisplayEdge, format);
        return new ProcessedImage(original.Bytes, new DisplayImage(display.Bytes, display.Width, display.Height));
    }

    private static (byte[] Bytes, int Width, int Height) Encode(SKBitmap image, int edge, SKEncodedImageFormat format)
    {
        var scale = Math.Min(1.0, (double)edge / Math.Max(image.Width, image.Height));
        var width = Math.Max(1, (int)Math.Round(image.Width * scale));
        var height = Math.Max(1, (int)Math.Round(image.Height * scale));
        using var resized = scale < 1.0
            ? image.Resize(new SKImageInfo(width, height, image.ColorType, image.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell))
            : image.Copy();
        using var encoded = resized.Encode(format, JpegQuality);
        return (encoded.ToArray(), width, height);
    }

    // The orientations a camera writes; mirrored ones are as good as unknown in practice and are kept as stored.
    private static SKBitmap Upright(SKBitmap image, SKEncodedOrigin origin)
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
            return image.Copy();
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
