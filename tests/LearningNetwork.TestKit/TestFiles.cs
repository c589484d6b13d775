using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace LearningNetwork.TestKit;

/// <summary>Real files of the kinds the portal takes, and files that only pretend to be one, for the upload tests.</summary>
public static class TestFiles
{
    /// <summary>What a JPEG's comment carries where a camera writes the place: it must not survive the upload.</summary>
    public const string HiddenPlace = "GPS 52.3874N 4.6462E";

    /// <summary>A one-page PDF that a PDF reader opens.</summary>
    public static byte[] Pdf(string text = "Raadsbrief warmtevisie")
    {
        var content = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>
    /// A photo as a phone takes it: <paramref name="width"/> × <paramref name="height"/> as stored, with an EXIF
    /// orientation (6: turn a quarter clockwise to show it upright) and <see cref="HiddenPlace"/> in a comment.
    /// </summary>
    public static byte[] Photo(int width, int height, int orientation = 1)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x15, 0x42, 0x73));
            using var paint = new SKPaint { Color = new SKColor(0xF0, 0xB4, 0x29) };
            canvas.DrawRect(0, 0, width / 3f, height / 3f, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        var jpeg = data.ToArray();

        // After the start-of-image marker: an APP1 Exif segment with the orientation, and a comment with the "place".
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];
        var app1 = Segment(0xE1, [.. "Exif\0\0"u8.ToArray(), .. tiff]);
        var comment = Segment(0xFE, Encoding.ASCII.GetBytes(HiddenPlace));
        return [.. jpeg[..2], .. app1, .. comment, .. jpeg[2..]];
    }

    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x39, 0x87, 0x0C));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// A valid grey PNG of <paramref name="width"/> × <paramref name="height"/> pixels, all black: a few hundred kilobytes
    /// that a decoder would unpack into four bytes a pixel.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[width + 1];
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        byte[] ihdr = [.. "IHDR"u8.ToArray(), .. BigEndian(width), .. BigEndian(height), 8, 0, 0, 0, 0];
        byte[] idat = [.. "IDAT"u8.ToArray(), .. pixels.ToArray()];
        byte[] iend = [.. "IEND"u8.ToArray()];
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk(ihdr), .. Chunk(idat), .. Chunk(iend)];
    }

    /// <summary>
    /// An Office Open XML package with the parts that make it a Word document; with a macro project when asked, declared
    /// in its content types under a part name of its own choosing (the name is free in the format).
    /// </summary>
    public static byte[] Docx(bool withMacros = false)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var macro = withMacros ? "<Override PartName=\"/word/gewoon.xml\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" : string.Empty;
            Add(zip, "[Content_Types].xml", $"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">{macro}</Types>");
            Add(zip, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            if (withMacros)
            {
                Add(zip, "word/gewoon.xml", "macro");
            }
        }

        return stream.ToArray();
    }

    /// <summary>A Windows program: what a "plan.pdf" from a stranger may really be.</summary>
    public static byte[] Program() => [.. "MZ"u8.ToArray(), .. new byte[510]];

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    private static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF), .. payload];

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static byte[] Chunk(byte[] typeAndData) =>
        [.. BigEndian(typeAndData.Length - 4), .. typeAndData, .. BigEndian((int)Crc32(typeAndData))];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
