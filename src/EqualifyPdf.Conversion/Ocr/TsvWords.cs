using System.Globalization;
using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Ocr;

/// <summary>Parses Tesseract's TSV output (level, page, block, par, line, word, left, top, width, height, conf, text) into lines.</summary>
internal static class TsvWords
{
    /// <summary>Words Tesseract is less sure of than this (0–100) are noise from specks and rules.</summary>
    private const double MinConfidence = 20;

    public static List<TextLine> ToLines(string tsv, double originX, double originY, double scaleX, double scaleY)
    {
        var groups = new Dictionary<(int Block, int Par, int Line), List<TextWord>>();
        var order = new List<(int, int, int)>();
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.Split('\t');
            if (f.Length < 12 || f[0] != "5" || string.IsNullOrWhiteSpace(f[11]))
            {
                continue;
            }

            var n = new double[5];
            var ok = true;
            for (var i = 0; i < 5; i++)
            {
                ok &= double.TryParse(f[6 + i], NumberStyles.Float, CultureInfo.InvariantCulture, out n[i]);
            }

            if (!ok || n[4] < MinConfidence)
            {
                continue;
            }

            var key = (int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture));
            if (!groups.TryGetValue(key, out var words))
            {
                words = [];
                groups[key] = words;
                order.Add(key);
            }

            var left = originX + (n[0] * scaleX);
            var top = originY + (n[1] * scaleY);
            var height = n[3] * scaleY;
            words.Add(new TextWord
            {
                Text = f[11].Trim(),
                Left = left,
                Right = left + (n[2] * scaleX),
                Top = top,
                Bottom = top + height,
                Baseline = top + height,
                FontSize = height,
                Confidence = n[4] / 100,
            });
        }

        var lines = new List<TextLine>();
        foreach (var key in order)
        {
            var words = groups[key];

            // Word boxes hug the glyphs; the line's tallest word (ascender to descender) approximates the font size.
            var size = Math.Round(words.Max(w => w.Height) / 0.95 * 2, MidpointRounding.AwayFromZero) / 2;
            var baseline = words.Max(w => w.Bottom);
            var fixedWords = words.Select(w => new TextWord
            {
                Text = w.Text,
                Left = w.Left,
                Right = w.Right,
                Top = baseline - (0.8 * size),
                Bottom = baseline + (0.2 * size),
                Baseline = baseline,
                FontSize = size,
                Confidence = w.Confidence,
            }).ToList();
            lines.Add(new TextLine(fixedWords));
        }

        return lines;
    }
}
