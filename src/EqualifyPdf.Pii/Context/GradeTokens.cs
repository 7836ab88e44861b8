using System.Text.RegularExpressions;

namespace EqualifyPdf.Pii.Context;

/// <summary>
/// Recognises grades and scores on a line (<c>A-</c>, <c>B+</c>, <c>87/100</c>, a bare letter closing a row of
/// figures): a person or ID beside one is an education record.
/// </summary>
internal static partial class GradeTokens
{
    // Denominators teachers use for scores; arbitrary ones like 9/14 are far more often dates.
    private static readonly HashSet<int> ScoreTotals = [10, 20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150, 200, 250, 300, 500, 1000];

    public static bool ContainsGrade(ReadOnlySpan<char> line)
    {
        // Asked of nearly every line of a page: skip each pattern when the character it cannot match without is absent.
        if (line.ContainsAny('+', '-') && SignedLetter().IsMatch(line))
        {
            return true;
        }

        return (line.Contains('/') && HasScore(line)) || BareLetterAfterFigures(line)
            || (line.Contains("GPA", StringComparison.Ordinal) && Gpa().IsMatch(line));
    }

    private static bool HasScore(ReadOnlySpan<char> line)
    {
        foreach (var match in Score().EnumerateMatches(line))
        {
            var text = line.Slice(match.Index, match.Length);
            var slash = text.IndexOf('/');
            if (double.TryParse(text[..slash].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var got)
                && int.TryParse(text[(slash + 1)..].Trim(), out var total)
                && ScoreTotals.Contains(total) && got <= total && (!CouldBeDate(got, total) || ScoreWords().IsMatch(line)))
            {
                return true;
            }
        }

        return false;
    }

    // 4/20 or 9/10 reads as a month and day as often as a score; on its own it is not evidence of a grade.
    private static bool CouldBeDate(double got, int total) => got >= 1 && got <= 12 && got == Math.Floor(got) && total <= 31;

    // A lone "A" is usually an article or a section name; it counts only as the last cell after a number or e-mail.
    private static bool BareLetterAfterFigures(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length < 3 || trimmed[^1] is not ('A' or 'B' or 'C' or 'D' or 'F') || !(char.IsWhiteSpace(trimmed[^2]) || trimmed[^2] == ','))
        {
            return false;
        }

        // A CSV export's last cell: "…,74.9,C".
        if (trimmed[^2] == ',')
        {
            return char.IsDigit(trimmed[^3]);
        }

        var before = trimmed[..^1].TrimEnd();
        if (before.EndsWith(':') && before.TrimEnd(':').EndsWith("grade", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var lastSpace = before.LastIndexOfAny(' ', '\t', '|');
        var previous = before[(lastSpace + 1)..];
        return previous.Length > 0 && (char.IsDigit(previous[^1]) || previous[^1] == '%' || previous.Contains('@'));
    }

    // "earned 9/10", "quiz 4  7/10": a score word makes a month-and-day-looking fraction a score.
    [GeneratedRegex(@"\b(?i:earned|received|scored|score|scores|graded|points|pts|quiz|exam|midterm|homework|hw|grade|marks?|out\s+of)\b")]
    private static partial Regex ScoreWords();

    [GeneratedRegex(@"\bGPA:?\s*[0-4]\.\d{1,2}\b")]
    private static partial Regex Gpa();

    [GeneratedRegex(@"(?<![\w+\-/.])[A-D][+\-](?![\w+\-/])")]
    private static partial Regex SignedLetter();

    [GeneratedRegex(@"(?<![\w/.\-])\d{1,4}(?:\.\d{1,2})?\s?/\s?\d{2,4}(?![\w/%\-]|\.\d)")]
    private static partial Regex Score();
}
