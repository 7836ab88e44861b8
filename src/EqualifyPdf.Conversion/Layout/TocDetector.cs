using System.Text.RegularExpressions;
using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Finds a printed table of contents (LaTeX, Word, LibreOffice, DocBook, Texinfo; lists of figures and tables too):
/// a run of rows that each end in a page number at a common right edge, most with a dot leader, the page numbers
/// never decreasing. Its lines are consumed so they become neither a table nor headings.
/// </summary>
internal static partial class TocDetector
{
    /// <summary>The title given to an index (entries with leaders whose page numbers are not in order).</summary>
    public const string IndexTitle = "Index";

    /// <summary>Fewest entries that make a table of contents.</summary>
    private const int MinEntries = 3;

    public static List<LayoutItem> Detect(List<TextLine> lines, double bodySize)
    {
        var rows = Rows(lines.Where(l => !l.Consumed), bodySize);
        var found = new List<LayoutItem>();
        var i = 0;
        while (i < rows.Count)
        {
            var run = new List<(List<TextLine> Row, TocLine Entry)>();
            var heads = new List<TextLine>();
            var j = i;
            List<TextLine>? wrapped = null;
            while (j < rows.Count)
            {
                if (Entry(rows[j], wrapped, bodySize) is { } entry && (run.Count == 0 || SameRightEdge(run[^1].Row, rows[j], bodySize)))
                {
                    run.Add(([.. wrapped ?? [], .. rows[j]], entry));
                    wrapped = null;
                }
                else if (run.Count > 0 && wrapped == null && rows[j].Count <= 4 && rows[j].Sum(l => l.Words.Count) >= 2 && j + 1 < rows.Count
                    && rows[j + 1][0].Top - rows[j][0].Bottom < bodySize)
                {
                    // A long title wraps: its first line has no page number, the next line carries it.
                    wrapped = rows[j];
                }
                else if (run.Count > 0 && wrapped == null && IsLetterHead(rows[j]) && j + 1 < rows.Count && Entry(rows[j + 1], null, bodySize) != null)
                {
                    // An index's letter head ("M", "P") between two entries of its column: the index goes on.
                    heads.AddRange(rows[j]);
                }
                else
                {
                    break;
                }

                j++;
            }

            // A running head with its page number at the right edge ("Appendix D: Function index   104") lines up with
            // the page numbers of an index's right column and would head its run: an index's entries all have leaders.
            if (run.Count > MinEntries && !run[0].Entry.HasLeader && run.Skip(1).All(r => r.Entry.HasLeader) && Falls(run.Skip(1)))
            {
                run.RemoveAt(0);
            }

            if (IsToc(run, rows, bodySize, out var title, out var isIndex))
            {
                var consumed = run.SelectMany(r => r.Row).Concat(heads).Concat(title ?? []).ToList();
                consumed.ForEach(l => l.Consumed = true);
                found.Add(new LayoutItem
                {
                    Kind = LayoutKind.Toc,
                    Left = consumed.Min(l => l.Left),
                    Top = consumed.Min(l => l.Top),
                    Right = consumed.Max(l => l.Right),
                    Bottom = consumed.Max(l => l.Bottom),
                    TocTitle = isIndex ? IndexTitle : title == null ? "" : string.Join(' ', title.Select(l => l.Text)),
                    Toc = run.Select(r => r.Entry).ToList(),
                });
                i = j;
                continue;
            }

            i = Math.Max(j, i + 1);
        }

        return found;
    }

    /// <summary>A row ending in a page number after a leader or a wide gap, with a title before it.</summary>
    public static TocLine? Entry(List<TextLine> row, List<TextLine>? wrapped, double bodySize)
    {
        var words = row.SelectMany(l => l.Words).ToList();
        if (words.Count < 2 || !PageNumber().IsMatch(words[^1].Text))
        {
            return null;
        }

        var titleWords = words.Take(words.Count - 1).Where(w => !Leader().IsMatch(w.Text)).ToList();
        var leader = words.Count - 1 - titleWords.Count >= 1 || words.Any(w => w.Text.EndsWith("...", StringComparison.Ordinal));
        // An index entry cited on several pages ("c . . . 8, 11, 27, 28"): the numbers before the last are pages too.
        while (leader && titleWords.Count > 1 && PageInList().IsMatch(titleWords[^1].Text))
        {
            titleWords.RemoveAt(titleWords.Count - 1);
        }

        var gap = words[^1].Left - words[^2].Right;
        if (titleWords.Count == 0 || (!leader && gap < 2 * bodySize))
        {
            return null;
        }

        // A wrapped title keeps its line break, so the hyphenation at it can be undone with the document's vocabulary.
        var first = wrapped == null ? "" : string.Join(' ', wrapped.SelectMany(l => l.Words).Select(w => w.Text)) + "\n";
        var title = (first + string.Join(' ', titleWords.Select(w => w.Text))).TrimEnd('.', ' ');
        // An index of operators has entries without letters ("!=", "%*%", "&&"), always with a leader.
        var symbol = leader && title.Length <= 4 && !title.Any(char.IsDigit) && !title.Any(char.IsWhiteSpace);
        if ((!title.Any(char.IsLetter) && !symbol) || title.Length > 200)
        {
            return null;
        }

        var indent = (wrapped ?? row)[0].Left;
        return new TocLine(title, indent, words[^1].Text) { HasLeader = leader };
    }

    private static bool IsToc(List<(List<TextLine> Row, TocLine Entry)> run, List<List<TextLine>> rows, double bodySize, out List<TextLine>? title, out bool isIndex)
    {
        title = null;
        isIndex = false;
        if (run.Count < MinEntries)
        {
            return false;
        }

        // Page numbers never fall in a contents list; in an index (alphabetical) they do, but every entry has a leader.
        isIndex = Falls(run);
        if (isIndex && !run.All(r => r.Entry.HasLeader))
        {
            return false;
        }

        // The title is the nearest line above the first entry, wherever column ordering put its row.
        var top = run[0].Row[0].Top;
        var above = rows.Where(r => r is [var l] && l.Bottom <= top + 1 && top - l.Bottom < 4 * bodySize && TitlePattern().IsMatch(l.Text.Trim()))
            .MaxBy(r => r[0].Bottom);
        if (above != null)
        {
            title = above;
        }

        return title != null || run.Count(r => r.Entry.HasLeader) * 2 >= run.Count;
    }

    /// <summary>True when some arabic page number is lower than the one before it (an index, not a contents list).</summary>
    private static bool Falls(IEnumerable<(List<TextLine> Row, TocLine Entry)> run)
    {
        var arabic = run.Select(r => int.TryParse(r.Entry.PageNumber, out var n) ? n : -1).Where(n => n >= 0).ToList();
        return Enumerable.Range(1, Math.Max(arabic.Count - 1, 0)).Any(k => arabic[k] < arabic[k - 1]);
    }

    /// <summary>A row of one to three letters or symbols, none longer than two ("A", "H M" across two columns).</summary>
    private static bool IsLetterHead(List<TextLine> row)
    {
        var words = row.SelectMany(l => l.Words).ToList();
        return words.Count <= 3 && words.All(w => w.Text.Length <= 2 && !w.Text.Any(char.IsDigit));
    }

    private static bool SameRightEdge(List<TextLine> a, List<TextLine> b, double bodySize) =>
        Math.Abs(a[^1].Right - b[^1].Right) <= bodySize;

    /// <summary>
    /// Lines that share a baseline, each row left to right; a row is cut after a page number followed by more text (the
    /// columns of an index). Rows are then ordered column by column, a column being the rows whose page numbers share
    /// a right edge, so an index's or a two-column contents' entries run on within their column.
    /// </summary>
    private static List<List<TextLine>> Rows(IEnumerable<TextLine> lines, double bodySize)
    {
        var rows = new List<List<TextLine>>();
        foreach (var line in lines.OrderBy(l => l.Baseline).ThenBy(l => l.Left))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1][0].Baseline - line.Baseline) < 0.4 * bodySize)
            {
                rows[^1].Add(line);
                rows[^1].Sort((x, y) => x.Left.CompareTo(y.Left));
            }
            else
            {
                rows.Add([line]);
            }
        }

        var cut = new List<List<TextLine>>();
        foreach (var row in rows)
        {
            var part = new List<TextLine>();
            for (var k = 0; k < row.Count; k++)
            {
                var line = row[k];
                part.Add(line);
                // A lone number first is a chapter number ("1   Introduction . . . 2"), not the end of an entry.
                // A letter head of one index column stands beside an entry of the next column, far from any title.
                if (line != row[^1] && ((PageNumber().IsMatch(line.Words[^1].Text) && part.Sum(l => l.Words.Count) > 1
                    && !ChapterLabel().IsMatch(line.Text)) || (IsLetterHead(part) && row[k + 1].Left - line.Right > 8 * bodySize
                    && !Leader().IsMatch(row[k + 1].Words[0].Text))))
                {
                    cut.Add(part);
                    part = [];
                }
            }

            if (part.Count > 0)
            {
                cut.Add(part);
            }
        }

        var edges = cut.Where(r => PageNumber().IsMatch(r[^1].Words[^1].Text)).Select(r => r[^1].Right).Order().ToList();
        double Column(List<TextLine> r)
        {
            var right = r[^1].Right;
            var edge = edges.FirstOrDefault(e => e >= right - bodySize, right);
            return Math.Round(edge / (2 * bodySize));
        }

        return cut.Select((r, i) => (Row: r, Column: Column(r), Index: i)).OrderBy(x => x.Column).ThenBy(x => x.Index).Select(x => x.Row).ToList();
    }

    [GeneratedRegex(@"^(?:\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7}),$")]
    private static partial Regex PageInList();

    [GeneratedRegex(@"^(?:Chapter|Appendix|Part)\s+\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterLabel();

    [GeneratedRegex(@"^[.·…_\s]+$")]
    private static partial Regex Leader();

    [GeneratedRegex(@"^(?:(?:Table of )?Contents|CONTENTS|TABLE OF CONTENTS|List of (?:Figures|Tables|Listings)|Index of Tables)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();
}
