namespace EqualifyPdf.Conversion.Extraction;

/// <summary>A drawn horizontal or vertical line (or thin rectangle) in top-left-origin points, used to find ruled tables.</summary>
internal readonly record struct Ruling(double X1, double Y1, double X2, double Y2)
{
    public bool IsHorizontal => Y2 - Y1 <= X2 - X1;
}
