using EqualifyPdf.Pii.Context;

namespace EqualifyPdf.Pii.Text;

/// <summary>One page's text with a line index, so recognizers can ask about rows and the lines above them.</summary>
internal sealed class PageText
{
    private readonly int[] _lineStarts;
    private readonly bool?[] _gradeLines;
    private int[]? _blockTops;
    private HashSet<int>? _gradeRows;
    private HashSet<int>? _otherIdentifiers;
    // A page meets only a handful of phrase sets, so a short list beats hashing a (line, set) key per row.
    private readonly List<(ContextPhrases Phrases, bool?[] Lines)> _linePhrases = [];

    public PageText(string text, int pageNumber)
    {
        Text = text;
        PageNumber = pageNumber;
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
        _gradeLines = new bool?[_lineStarts.Length];
    }

    public string Text { get; }

    public int PageNumber { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Index of the line holding <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        var index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line's text without its line break.</summary>
    public ReadOnlySpan<char> Line(int lineIndex)
    {
        var (start, end) = LineBounds(lineIndex);
        return Text.AsSpan(start, end - start);
    }

    /// <summary>Start and end (exclusive, before the line break) of a line.</summary>
    public (int Start, int End) LineBounds(int lineIndex)
    {
        var start = _lineStarts[lineIndex];
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return (start, end);
    }

    public bool IsBlank(int lineIndex) => Line(lineIndex).IsWhiteSpace();

    /// <summary>
    /// The first line of the run of non-blank lines holding <paramref name="lineIndex"/>; computed for the whole page
    /// on first use, so header lookups stay linear in the page length.
    /// </summary>
    public int BlockTop(int lineIndex)
    {
        if (_blockTops is null)
        {
            var tops = new int[_lineStarts.Length];
            for (var i = 0; i < tops.Length; i++)
            {
                tops[i] = i > 0 && !IsBlank(i - 1) ? tops[i - 1] : i;
            }

            _blockTops = tops;
        }

        return _blockTops[lineIndex];
    }

    /// <summary>
    /// Whether the line is a row of grades or scores: it carries a grade token, or a table recognizer found score
    /// cells under an assessment column (see <see cref="MarkGradeRow"/>).
    /// </summary>
    public bool IsGradeRow(int lineIndex) => (_gradeRows is not null && _gradeRows.Contains(lineIndex)) || HasGrade(lineIndex);

    /// <summary>
    /// Records that a table cell holds an identifier of something other than a student (a "Submission ID" or
    /// "Page ID" column), so the student-ID recognizer leaves it alone.
    /// </summary>
    public void MarkOtherIdentifier(int start) => (_otherIdentifiers ??= []).Add(start);

    /// <summary>Whether a value starting here sits under an identifier column that is not a student's.</summary>
    public bool IsOtherIdentifier(int start) => _otherIdentifiers is not null && _otherIdentifiers.Contains(start);

    /// <summary>Records that a table row holds scores under an assessment column.</summary>
    public void MarkGradeRow(int lineIndex) => (_gradeRows ??= []).Add(lineIndex);

    /// <summary>Whether the line carries a grade or score token; computed once per line.</summary>
    public bool HasGrade(int lineIndex) =>
        _gradeLines[lineIndex] ??= Context.GradeTokens.ContainsGrade(Line(lineIndex));

    /// <summary>
    /// Whether a phrase occurs in the line; remembered per line and phrase set, because every row of a table asks
    /// the same question about its header line.
    /// </summary>
    public bool LineHas(int lineIndex, ContextPhrases phrases)
    {
        foreach (var (known, lines) in _linePhrases)
        {
            if (ReferenceEquals(known, phrases))
            {
                return lines[lineIndex] ??= phrases.InLine(this, lineIndex);
            }
        }

        var added = new bool?[_lineStarts.Length];
        _linePhrases.Add((phrases, added));
        return (added[lineIndex] = phrases.InLine(this, lineIndex)).Value;
    }
}
