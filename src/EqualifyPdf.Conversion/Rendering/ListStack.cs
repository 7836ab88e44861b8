namespace EqualifyPdf.Conversion.Rendering;

/// <summary>Open HTML lists, innermost last; nested lists open inside the current item as HTML requires.</summary>
internal sealed class ListStack
{
    private readonly List<bool> open = [];

    public bool IsOpen => open.Count > 0;

    /// <summary>Markup that opens an item at <paramref name="level"/> (clamped to one deeper than now).</summary>
    public string Open(int level, bool ordered)
    {
        var sb = new System.Text.StringBuilder();
        level = Math.Clamp(level, 0, open.Count);
        while (open.Count > level + 1)
        {
            sb.Append(CloseOne());
        }

        if (open.Count == level + 1)
        {
            if (open[^1] != ordered)
            {
                sb.Append(CloseOne());
            }
            else
            {
                sb.Append("</li>\n");
            }
        }

        while (open.Count < level + 1)
        {
            sb.Append(ordered ? "<ol>\n" : "<ul>\n");
            open.Add(ordered);
        }

        return sb.Append("<li>").ToString();
    }

    public string CloseAll()
    {
        var sb = new System.Text.StringBuilder();
        while (open.Count > 0)
        {
            sb.Append(CloseOne());
        }

        return sb.ToString();
    }

    private string CloseOne()
    {
        var ordered = open[^1];
        open.RemoveAt(open.Count - 1);
        return ordered ? "</li>\n</ol>\n" : "</li>\n</ul>\n";
    }
}
