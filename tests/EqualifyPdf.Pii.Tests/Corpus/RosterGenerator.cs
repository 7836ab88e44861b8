namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Class rosters: aligned columns of names ("First Last" or "Last, First"), IDs, e-mails, phones, majors.</summary>
public static class RosterGenerator
{
    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var (code, title) = people.Pick(CourseCatalog.Courses);
        var w = new DocumentWriter();
        var (iFirst, iLast) = people.Name();
        w.Line($"{code}: {title} - {people.Pick(CourseCatalog.Terms)} Class Roster");
        w.Text("Instructor: Dr. ").Value(PiiEntityTypes.StaffContact, $"{iFirst} {iLast}").Line();
        w.Line($"Section {people.Random.Next(1, 9):D3}   Generated 2025-0{people.Random.Next(1, 9)}-1{people.Random.Next(0, 9)}");
        w.Line();

        var layout = people.Random.Next(10) switch { < 5 => "aligned", < 7 => "tabs", < 9 => "pipes", _ => "csv" };
        if (layout != "aligned")
        {
            return Delimited(index, people, numbers, w, layout);
        }

        var lastFirst = people.Chance(50);
        var withId = people.Chance(85);
        var withEmail = people.Chance(70);
        var withPhone = people.Chance(25);
        var numbered = people.Chance(30);
        var idHeader = people.Pick(new[] { "Student ID", "UIN", "ID Number", "SID" });
        w.Text(numbered ? "#   " : string.Empty).Text("Name".PadRight(28));
        if (withId)
        {
            w.Text(idHeader.PadRight(13));
        }

        if (withEmail)
        {
            w.Text("Email".PadRight(34));
        }

        if (withPhone)
        {
            w.Text("Phone".PadRight(18));
        }

        w.Line("Major");
        var rows = people.Random.Next(8, 30);
        for (var r = 1; r <= rows; r++)
        {
            var (first, last) = people.Name();
            if (numbered)
            {
                w.Text($"{r}.".PadRight(4));
            }

            w.Cell(PiiEntityTypes.Person, lastFirst ? $"{last}, {first}" : $"{first} {last}", 28);
            if (withId)
            {
                w.Cell(PiiEntityTypes.StudentId, people.StudentId(), 13);
            }

            if (withEmail)
            {
                w.Cell(PiiEntityTypes.EmailAddress, people.StudentEmail(first, last), 34);
            }

            if (withPhone)
            {
                w.Cell(PiiEntityTypes.PhoneNumber, numbers.Phone(), 18);
            }

            w.Line(people.Pick(CourseCatalog.Majors));
        }

        w.Line();
        w.Line($"Total enrolled: {rows}. Roster is confidential under FERPA; do not post or share.");
        return w.Build($"roster-{index:D3}", "roster");
    }

    private static LabelledDocument Delimited(int index, FakePeople people, FakeNumbers numbers, DocumentWriter w, string layout)
    {
        var (sep, open, close) = layout switch { "tabs" => ("\t", string.Empty, string.Empty), "pipes" => (" | ", "| ", " |"), _ => (",", string.Empty, string.Empty) };
        // Registrar exports sometimes shout: surnames or whole names in capitals, which a model-free scanner misses.
        var shouting = people.Chance(8);
        w.Line(open + string.Join(sep, "Student", "SID", "Email", "Level") + close);
        if (layout == "pipes")
        {
            w.Line("|---|---|---|---|");
        }

        var rows = people.Random.Next(8, 30);
        for (var r = 0; r < rows; r++)
        {
            var (first, last) = people.Name();
            var name = shouting ? $"{last.ToUpperInvariant()}, {first}" : people.Chance(50) ? $"{first} {last}" : $"{last}, {first}";
            var quote = layout == "csv" && name.Contains(',') ? "\"" : string.Empty;
            w.Text(open + quote).Value(PiiEntityTypes.Person, name).Text(quote + sep);
            w.Value(PiiEntityTypes.StudentId, people.StudentId()).Text(sep);
            w.Value(PiiEntityTypes.EmailAddress, people.StudentEmail(first, last)).Text(sep);
            w.Line(people.Pick(new[] { "Freshman", "Sophomore", "Junior", "Senior", "Graduate" }) + close);
        }

        return w.Build($"roster-{index:D3}", "roster");
    }
}
