using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Resolution;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// Rosters and gradebook exports (Canvas, Blackboard, Moodle, hand-made tables): reads the header row, finds the
/// columns that hold students' names (full, first or last), student identifiers and assessments, and reports the
/// name and ID cells of every row below. A row with a score under an assessment column is marked as a grade row, so
/// the names and IDs on it become education records. Rows carrying a documentation address are sample data.
/// </summary>
internal sealed partial class StudentTableRecognizer : IPiiRecognizer
{
    private const double NameScore = 0.7;
    private const double IdScore = 0.8;
    private const int MaxHeaderOffset = 2;
    private const int MaxRows = 200;
    // Right-aligned figures and ragged exports shift a value a few characters from its header.
    private const int MaxColumnDrift = 6;
    private const string NameReason = "name in a student column of a table";
    private const string IdReason = "student ID in a student column of a table";

    private enum Column
    {
        Other,
        FullName,
        FirstName,
        LastName,
        StudentId,
        Assessment,
        OtherIdentifier,
    }

    private static readonly ContextPhrases IdHeader = new(
        "sis user id", "student id", "student number", "student no", "uin", "sid", "emplid", "university id", "id number",
        "banner id", "sis id", "matriculation", "student id number", "campus id", "orgdefinedid", "org defined id");

    // "Submission ID", "Page ID", "Canvas ID": identifiers of something else, or the LMS's own numbering.
    private static readonly ContextPhrases AnyIdHeader = new("id", "ids", "number", "no");

    private static readonly ContextPhrases FirstHeader = new("first name", "firstname", "given name", "forename");
    private static readonly ContextPhrases LastHeader = new("last name", "lastname", "surname", "family name");

    private static readonly ContextPhrases NameHeader = new(
        "student", "students", "name", "student name", "full name", "writer", "reviewer", "presenter", "participant",
        "client", "members", "team members", "advisee", "learner", "trainee", "attendee", "speaker name", "teammate",
        "teammates", "evaluator", "evaluatee", "peer", "mentee", "tutee", "camper", "resident", "applicant", "candidate");

    private static readonly ContextPhrases AssessmentHeader = new(
        "quiz", "quizzes", "exam", "midterm", "final", "score", "scores", "grade", "grades", "total", "points", "pts", "lab",
        "assignment", "hw", "homework", "project", "paper", "essay", "report", "participation", "weighted", "unposted",
        "current", "percentage", "rating", "real", "problem set", "test", "presentation", "proposal", "response", "analysis",
        "data", "setup", "draft");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        var text = page.Text;
        var cells = new List<(int Start, int End)>();
        var headerCells = new List<(int Start, int End)>();
        var columns = new List<Column>();
        for (var top = 0; top < page.LineCount; top++)
        {
            if (page.IsBlank(top) || (top > 0 && !page.IsBlank(top - 1)))
            {
                continue;
            }

            var header = FindHeader(page, top, headerCells, columns, out var style);
            if (header < 0)
            {
                continue;
            }

            var headerStart = page.LineBounds(header).Start;
            var row = header + 1;
            for (; row < page.LineCount && row <= header + MaxRows && !page.IsBlank(row); row++)
            {
                var (start, end) = page.LineBounds(row);
                if (HasDocumentationEmail(text.AsSpan(start, end - start)))
                {
                    continue;
                }

                TableLayout.Split(text, start, end, style, cells);
                ReadRow(page, row, start, style, cells, headerStart, headerCells, columns, output);
            }

            top = row - 1;
        }
    }

    // A header is a block's first line (or one of the next two) that names a student-name or student-ID column.
    private static int FindHeader(PageText page, int top, List<(int Start, int End)> headerCells, List<Column> columns, out TableLayout.Style style)
    {
        style = TableLayout.Style.None;
        for (var k = top; k <= top + MaxHeaderOffset && k < page.LineCount && !page.IsBlank(k); k++)
        {
            var (start, end) = page.LineBounds(k);
            style = TableLayout.Detect(page.Text.AsSpan(start, end - start));
            if (style == TableLayout.Style.None || LabelLine().IsMatch(page.Text.AsSpan(start, end - start)))
            {
                continue;
            }

            TableLayout.Split(page.Text, start, end, style, headerCells);
            columns.Clear();
            var personal = false;
            foreach (var (cellStart, cellEnd) in headerCells)
            {
                var column = Classify(page.Text, cellStart, cellEnd);
                personal |= column is Column.FullName or Column.FirstName or Column.LastName or Column.StudentId;
                columns.Add(column);
            }

            if (personal && headerCells.Count >= 2)
            {
                return k;
            }
        }

        return -1;
    }

    private static Column Classify(string text, int start, int end)
    {
        if (end - start > 60)
        {
            return Column.Other;
        }

        return IdHeader.InRange(text, start, end) ? Column.StudentId
            : FirstHeader.InRange(text, start, end) && LastHeader.InRange(text, start, end) ? Column.FullName
            : FirstHeader.InRange(text, start, end) ? Column.FirstName
            : LastHeader.InRange(text, start, end) ? Column.LastName
            : NameHeader.InRange(text, start, end) && !AssessmentHeader.InRange(text, start, end) ? Column.FullName
            : AssessmentHeader.InRange(text, start, end) || PointsInBrackets().IsMatch(text.AsSpan(start, end - start)) ? Column.Assessment
            : AnyIdHeader.InRange(text, start, end) && text.AsSpan(start, end - start).Trim().Contains(' ') ? Column.OtherIdentifier
            : Column.Other;
    }

    private static void ReadRow(PageText page, int row, int rowStart, TableLayout.Style style, List<(int Start, int End)> cells,
        int headerStart, List<(int Start, int End)> headerCells, List<Column> columns, List<Candidate> output)
    {
        var text = page.Text;
        var gradeRow = false;
        var found = output.Count;
        for (var c = 0; c < cells.Count; c++)
        {
            var (start, end) = cells[c];
            var column = style == TableLayout.Style.Spaces
                ? AlignedColumn(start - rowStart, headerStart, headerCells, columns)
                : c < columns.Count ? columns[c] : Column.Other;
            if (end <= start)
            {
                continue;
            }

            var value = text.AsSpan(start, end - start);
            switch (column)
            {
                case Column.FullName:
                    AddNames(text, start, end, output);
                    break;
                case Column.FirstName or Column.LastName:
                    if (SingleName().IsMatch(value) && !NameWords.IsNotANameCell(value))
                    {
                        output.Add(new Candidate(PiiEntityTypes.Person, start, end, NameScore, NameReason));
                    }

                    break;
                case Column.StudentId:
                    if (IdValue().IsMatch(value))
                    {
                        output.Add(new Candidate(PiiEntityTypes.StudentId, start, end, IdScore, IdReason));
                    }

                    break;
                case Column.Assessment:
                    gradeRow |= ScoreValue().IsMatch(value);
                    break;
                case Column.OtherIdentifier:
                    page.MarkOtherIdentifier(start);
                    break;
            }
        }

        if (gradeRow && output.Count > found)
        {
            page.MarkGradeRow(row);
        }
    }

    // Space-aligned rows: the value belongs to the header cell starting nearest to it (within a few characters).
    private static Column AlignedColumn(int position, int headerStart, List<(int Start, int End)> headerCells, List<Column> columns)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var h = 0; h < headerCells.Count; h++)
        {
            var distance = Math.Abs(position - (headerCells[h].Start - headerStart));
            if (distance < bestDistance)
            {
                best = h;
                bestDistance = distance;
            }
        }

        return best >= 0 && bestDistance <= MaxColumnDrift ? columns[best] : Column.Other;
    }

    private static void AddNames(string text, int start, int end, List<Candidate> output)
    {
        // "Olsen, Kari; Park, Ji-ho": several people in one cell.
        var value = text.AsSpan(start, end - start);
        foreach (var range in value.Split(';'))
        {
            var (offset, length) = range.GetOffsetAndLength(value.Length);
            var part = value.Slice(offset, length);
            var lead = part.Length - part.TrimStart().Length;
            part = part.Trim();
            if (CellName().IsMatch(part) && !NameWords.IsNotANameCell(part))
            {
                var s = start + offset + lead;
                output.Add(new Candidate(PiiEntityTypes.Person, s, s + part.Length, NameScore, NameReason));
            }
        }
    }

    private static bool HasDocumentationEmail(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var end = at + 1;
        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] is '.' or '-'))
        {
            end++;
        }

        return ReservedValues.IsReservedDomain(line[(at + 1)..end]);
    }
}
