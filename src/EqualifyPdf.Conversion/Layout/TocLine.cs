namespace EqualifyPdf.Conversion.Layout;

/// <summary>A table-of-contents row as printed: its title, where it starts and the page number it points to.</summary>
internal sealed record TocLine(string Title, double Indent, string PageNumber)
{
    /// <summary>The row has a dot leader (LaTeX prints none for its top-level entries).</summary>
    public bool HasLeader { get; init; }
}
