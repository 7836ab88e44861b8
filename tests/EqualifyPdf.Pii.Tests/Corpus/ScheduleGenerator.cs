namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Course schedules: tables of dates, weekdays, times, rooms and topics; no personal information.</summary>
public static class ScheduleGenerator
{
    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var (code, title) = people.Pick(CourseCatalog.Courses);
        var random = people.Random;
        var w = new DocumentWriter();
        w.Line($"{code} {title.ToUpperInvariant()} - COURSE SCHEDULE - {people.Pick(CourseCatalog.Terms).ToUpperInvariant()}");
        w.Line();
        w.Line("Date".PadRight(16) + "Time".PadRight(16) + "Room".PadRight(22) + "Topic".PadRight(28) + "Due");
        var date = new DateOnly(2025, 1 + random.Next(0, 9), 1 + random.Next(0, 20));
        var format = random.Next(3);
        for (var i = 0; i < random.Next(10, 30); i++)
        {
            var shown = format switch
            {
                0 => date.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                1 => date.ToString("ddd MMM d", System.Globalization.CultureInfo.InvariantCulture),
                _ => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            var start = random.Next(8, 16);
            w.Text(shown.PadRight(16)).Text($"{start}:{random.Next(0, 4) * 15:D2}-{start + 1}:{random.Next(0, 4) * 15:D2}".PadRight(16));
            w.Text($"{people.Pick(CourseCatalog.Buildings)} {random.Next(100, 2500)}".PadRight(22).PadRight(22)).Text(people.Pick(CourseCatalog.Topics).PadRight(28));
            w.Line(people.Chance(30) ? $"HW {random.Next(1, 12)} due {date.AddDays(7):M/d} 11:59 pm" : string.Empty);
            date = date.AddDays(random.Next(2, 5));
        }

        w.Line();
        w.Line($"No class {CourseCatalog.Months[random.Next(12)]} {random.Next(1, 29)} (holiday). Final exam {date:MMMM d, yyyy}, {random.Next(7, 11)}:00 am.");
        return w.Build($"schedule-{index:D3}", "schedule");
    }
}
