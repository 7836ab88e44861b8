namespace EqualifyPdf.Conversion.Extraction;

/// <summary>
/// Browsers paint disc and square list bullets as filled shapes, not glyphs, so an untagged browser PDF has list
/// items without markers in its text. A small filled shape just left of a line's first word becomes a "•" word.
/// </summary>
internal static class DrawnBullets
{
    public static List<TextLine> Attach(List<TextLine> lines, List<Ruling> dots)
    {
        if (dots.Count == 0 || dots.Count > 500)
        {
            return lines;
        }

        var result = new List<TextLine>(lines);
        foreach (var dot in dots)
        {
            var centerY = (dot.Y1 + dot.Y2) / 2;
            var index = result.FindIndex(l => centerY > l.Top && centerY < l.Bottom && l.Left > dot.X2 && l.Left - dot.X2 < 2.5 * l.FontSize
                && ListMarkersFree(l));
            if (index < 0)
            {
                continue;
            }

            var line = result[index];
            var first = line.Words[0];
            var marker = new TextWord
            {
                Text = "•", Left = dot.X1, Right = dot.X2, Top = first.Top, Bottom = first.Bottom, Baseline = first.Baseline,
                FontSize = first.FontSize, FontName = first.FontName, Mcid = first.Mcid, Confidence = first.Confidence,
            };
            result[index] = new TextLine([marker, .. line.Words]);
        }

        return result;
    }

    private static bool ListMarkersFree(TextLine line) => Structure.ListMarkers.Match(line.Text) == null;
}
