using System.Buffers.Binary;

namespace EqualifyPdf.Conversion.Ocr;

/// <summary>
/// Reads the pixel size from a PNG or JPEG header without decoding the image, so Leptonica is never handed an image
/// whose header promises more pixels than allowed (a JPEG inside a PDF may disagree with its image dictionary).
/// </summary>
internal static class ImageHeader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the header; false when the bytes are neither PNG nor JPEG or are cut short.</summary>
    public static bool TryReadSize(ReadOnlySpan<byte> bytes, out int width, out int height)
    {
        width = height = 0;
        if (bytes.StartsWith(PngSignature))
        {
            // IHDR is always the first chunk: length (4), type (4), then width and height, big-endian.
            if (bytes.Length < 24)
            {
                return false;
            }

            width = BinaryPrimitives.ReadInt32BigEndian(bytes[16..]);
            height = BinaryPrimitives.ReadInt32BigEndian(bytes[20..]);
            return width > 0 && height > 0;
        }

        return bytes is [0xFF, 0xD8, ..] && TryReadJpegFrame(bytes, out width, out height);
    }

    private static bool TryReadJpegFrame(ReadOnlySpan<byte> bytes, out int width, out int height)
    {
        width = height = 0;
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return false;
            }

            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (at + 9 > bytes.Length)
                {
                    return false;
                }

                height = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]);
                return width > 0 && height > 0;
            }

            at += 2 + length;
        }

        return false;
    }
}
