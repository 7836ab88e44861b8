namespace EqualifyPdf.Conversion.Extraction;

/// <summary>A link annotation's active area (top-left-origin points) and its target URI.</summary>
internal sealed record PageLink(double Left, double Top, double Right, double Bottom, string Uri);
