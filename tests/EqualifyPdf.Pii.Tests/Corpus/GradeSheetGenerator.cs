namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Grade sheets: names and IDs beside scores and letter grades, or grades posted by the last digits of an ID.</summary>
public static class GradeSheetGenerator
{
    private static readonly string[] Letters = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D", "F"];

    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var (code, title) = people.Pick(CourseCatalog.Courses);
        var w = new DocumentWriter();
        var (iFirst, iLast) = people.Name();
        w.Line($"{code} {title} - Final Grades - {people.Pick(CourseCatalog.Terms)}");
        w.Text("Prepared by Professor ").Value(PiiEntityTypes.StaffContact, $"{iFirst} {iLast}").Line();
        w.Line("Homework 40%, Midterm 25%, Final Exam 35%. Letter grades follow the scale in the syllabus.");
        w.Line();

        var style = people.Random.Next(3);
        var withEmail = style == 0 && people.Chance(50);
        var lastFirst = people.Chance(40);
        var percentOnly = style != 2 && people.Chance(20);
        var header = style switch
        {
            0 => "Student".PadRight(26) + "UIN".PadRight(12) + (withEmail ? "Email".PadRight(32) : string.Empty) + "HW (40)   Midterm   Final     Total    Grade",
            1 => "Name".PadRight(26) + "Midterm   Final     Total    Grade",
            _ => "ID (last 4)   Midterm   Final     Total    Grade",
        };
        w.Line(header);
        var rows = people.Random.Next(8, 28);
        for (var r = 0; r < rows; r++)
        {
            var (first, last) = people.Name();
            if (style <= 1)
            {
                w.Cell(PiiEntityTypes.EducationRecord, lastFirst ? $"{last}, {first}" : $"{first} {last}", 26);
            }

            if (style == 0)
            {
                w.Cell(PiiEntityTypes.EducationRecord, people.StudentId(), 12);
                if (withEmail)
                {
                    w.Cell(PiiEntityTypes.EmailAddress, people.StudentEmail(first, last), 32);
                }

                w.Text($"{people.Random.Next(20, 41)}/40".PadRight(10));
            }

            if (style == 2)
            {
                w.Cell(PiiEntityTypes.EducationRecord, numbers.Digits(4), 14);
            }

            var mid = people.Random.Next(45, 101);
            var fin = people.Random.Next(40, 101);
            w.Text($"{mid}/100".PadRight(10)).Text($"{fin}/100".PadRight(10));
            var total = (mid + fin) / 2.0;
            if (percentOnly)
            {
                w.Line($"{total:F1}%");
                continue;
            }

            w.Text($"{total:F1}%".PadRight(9));
            w.Line(Letters[Math.Clamp((int)((100 - total) / 5), 0, Letters.Length - 1)]);
        }

        w.Line();
        w.Line($"Class average {people.Random.Next(70, 85)}/100; median grade B. Grade appeals are due within 10 days.");
        return w.Build($"grades-{index:D3}", "grade-sheet");
    }
}
