namespace EqualifyPdf.Pii.Context;

/// <summary>
/// Splits a table row into cells the way exports write them: tab-separated, CSV with quotes, pipe tables, or columns
/// aligned with runs of spaces. Cells are offsets into the page text, quotes and padding trimmed.
/// </summary>
internal static class TableLayout
{
    public enum Style
    {
        None,
        Tabs,
        Csv,
        Pipes,
        Spaces,
    }

    /// <summary>How a header line separates its cells, or <see cref="Style.None"/> when it is not a table header.</summary>
    public static Style Detect(ReadOnlySpan<char> header)
    {
        if (header.Count('\t') >= 1)
        {
            return Style.Tabs;
        }

        // Blackboard quotes every cell and may put pipes inside them: "Exam 1 [Total Pts: 100 Score] |84213".
        if (header.TrimStart().StartsWith('"') && header.Contains("\",\"", StringComparison.Ordinal))
        {
            return Style.Csv;
        }

        if (header.Count('|') >= 2)
        {
            return Style.Pipes;
        }

        if (header.Count(',') >= 3 && !header.Contains("  ", StringComparison.Ordinal))
        {
            return Style.Csv;
        }

        return header.Trim().Contains("  ", StringComparison.Ordinal) ? Style.Spaces : Style.None;
    }

    /// <summary>Adds the cells of the line between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static void Split(string text, int start, int end, Style style, List<(int Start, int End)> cells)
    {
        cells.Clear();
        switch (style)
        {
            case Style.Tabs:
                SplitOn(text, start, end, '\t', cells);
                break;
            case Style.Pipes:
                SplitOn(text, start, end, '|', cells);
                break;
            case Style.Csv:
                SplitCsv(text, start, end, cells);
                break;
            case Style.Spaces:
                SplitSpaces(text, start, end, cells);
                break;
        }
    }

    private static void SplitOn(string text, int start, int end, char separator, List<(int, int)> cells)
    {
        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == separator)
            {
                Add(text, cellStart, i, cells);
                cellStart = i + 1;
            }
        }
    }

    private static void SplitCsv(string text, int start, int end, List<(int, int)> cells)
    {
        var cellStart = start;
        var quoted = false;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (i == end || (text[i] == ',' && !quoted))
            {
                Add(text, cellStart, i, cells);
                cellStart = i + 1;
            }
        }
    }

    private static void SplitSpaces(string text, int start, int end, List<(int, int)> cells)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            var cellStart = i;
            // A cell ends at a run of two or more spaces.
            while (i < end && !(text[i] == '\t' || (text[i] == ' ' && i + 1 < end && text[i + 1] == ' ')))
            {
                i++;
            }

            if (i > cellStart)
            {
                Add(text, cellStart, i, cells);
            }
        }
    }

    private static void Add(string text, int start, int end, List<(int, int)> cells)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '"'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '"'))
        {
            end--;
        }

        cells.Add((start, end));
    }
}
