namespace EqualifyPdf.Conversion.Layout;

/// <summary>A horizontal interval free of content.</summary>
internal readonly record struct Gap(double Start, double End)
{
    public double Width => End - Start;
}
