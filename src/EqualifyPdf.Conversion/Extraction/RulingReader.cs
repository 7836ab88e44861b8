using UglyToad.PdfPig.Content;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>Collects the horizontal and vertical strokes of a page (lines, thin rectangles, rectangle edges).</summary>
internal static class RulingReader
{
    private const double Thin = 2.5;
    private const double MinLength = 6;

    public static List<Ruling> Read(Page page) => Read(page, null);

    /// <summary>Reads rulings, and small filled shapes (drawn list bullets) into <paramref name="dots"/> when given.</summary>
    public static List<Ruling> Read(Page page, List<Ruling>? dots)
    {
        var rulings = new List<Ruling>();
        var height = page.Height;
        IReadOnlyList<UglyToad.PdfPig.Graphics.PdfPath> paths;
        try
        {
            paths = page.Paths;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return rulings;
        }

        foreach (var path in paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked))
            {
                continue;
            }

            foreach (var sub in path)
            {
                var r = sub.GetBoundingRectangle();
                if (r is not { } box)
                {
                    continue;
                }

                var x1 = box.Left;
                var x2 = box.Right;
                var y1 = height - box.Top;
                var y2 = height - box.Bottom;
                var w = x2 - x1;
                var h = y2 - y1;
                if (dots != null && path.IsFilled && w is >= 2 and <= 8 && h is >= 2 and <= 8 && w / h is > 0.6 and < 1.6)
                {
                    dots.Add(new Ruling(x1, y1, x2, y2));
                }
                else if (h <= Thin && w >= MinLength)
                {
                    rulings.Add(new Ruling(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2));
                }
                else if (w <= Thin && h >= MinLength)
                {
                    rulings.Add(new Ruling((x1 + x2) / 2, y1, (x1 + x2) / 2, y2));
                }
                else if (path.IsStroked && w >= MinLength && h >= MinLength && sub.IsDrawnAsRectangle)
                {
                    rulings.Add(new Ruling(x1, y1, x2, y1));
                    rulings.Add(new Ruling(x1, y2, x2, y2));
                    rulings.Add(new Ruling(x1, y1, x1, y2));
                    rulings.Add(new Ruling(x2, y1, x2, y2));
                }
            }
        }

        return rulings;
    }
}
