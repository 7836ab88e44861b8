namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Syllabi: staff contact blocks, a dated schedule, grading weights, policies, resources with links and ISBNs.</summary>
public static class SyllabusGenerator
{
    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var (code, title) = people.Pick(CourseCatalog.Courses);
        var random = people.Random;
        var w = new DocumentWriter();
        w.Line($"{code}: {title.ToUpperInvariant()}");
        w.Line($"{people.Pick(CourseCatalog.Terms)} - 3 credit hours - {people.Pick(CourseCatalog.Weekdays)}s and {people.Pick(CourseCatalog.Weekdays)}s {random.Next(8, 12)}:{random.Next(0, 4) * 15:D2}-{random.Next(12, 17)}:{random.Next(0, 4) * 15:D2}, {people.Pick(CourseCatalog.Buildings)} Room {random.Next(100, 2500)}");
        w.Line();
        StaffBlock(w, people, numbers, random.Next(2) == 0 ? "Instructor" : "Course Instructor");
        if (people.Chance(60))
        {
            var (tFirst, tLast) = people.Name();
            w.Text("Teaching Assistant: ").Value(PiiEntityTypes.StaffContact, $"{tFirst} {tLast}").Text(", ")
                .Value(PiiEntityTypes.StaffContact, people.StaffEmail(tFirst, tLast)).Line($", office hours Fridays 1-2 pm in Room {random.Next(100, 400)}");
        }

        w.Line();
        w.Line("COURSE DESCRIPTION");
        w.Line($"This course covers {people.Pick(CourseCatalog.Topics).ToLowerInvariant()}, {people.Pick(CourseCatalog.Topics).ToLowerInvariant()} and related methods. Prerequisite: {people.Pick(CourseCatalog.Courses).Code} or consent of instructor.");
        w.Line();
        w.Line("GRADING");
        w.Line($"Homework {random.Next(2, 5) * 10}%   Midterm Exam 25%   Final Exam 30%   Participation 5%");
        w.Line("A 93-100, A- 90-92, B+ 87-89, B 83-86, B- 80-82, C 70-79, D 60-69, F below 60.");
        w.Line();
        w.Line("SCHEDULE");
        var day = new DateOnly(2025, 8, 25 + random.Next(0, 5));
        for (var week = 1; week <= random.Next(6, 15); week++)
        {
            w.Line($"Week {week} ({CourseCatalog.Months[day.Month - 1]} {day.Day}): {people.Pick(CourseCatalog.Topics)}; reading pp. {random.Next(1, 300)}-{random.Next(300, 600)}");
            day = day.AddDays(7);
        }

        w.Line($"Final exam: {day:MM/dd/yyyy}, 8:00-11:00 am, location TBA.");
        w.Line();
        w.Line("RESOURCES");
        w.Text($"Textbook: {people.Pick(CourseCatalog.Topics)}, 4th ed., ISBN 978-{random.Next(0, 2)}-{random.Next(100, 999)}-{random.Next(10000, 99999)}-{random.Next(0, 10)}. Course site: ")
            .Value(PiiEntityTypes.Url, $"https://canvas.example.edu/courses/{random.Next(10000, 99999)}").Line();
        w.Line("Accessibility: students needing accommodations should contact accessibility@example.edu in the first two weeks.");
        w.Text("IT help desk: help@example.edu or ").Value(PiiEntityTypes.StaffContact, $"217-333-{random.Next(1000, 9999)}").Line(" (campus help line).");
        return w.Build($"syllabus-{index:D3}", "syllabus");
    }

    private static void StaffBlock(DocumentWriter w, FakePeople people, FakeNumbers numbers, string label)
    {
        var (first, last) = people.Name();
        w.Text($"{label}: {people.Pick(new[] { "Dr.", "Prof.", "Professor" })} ").Value(PiiEntityTypes.StaffContact, $"{first} {last}").Line();
        w.Text("Email: ").Value(PiiEntityTypes.StaffContact, people.StaffEmail(first, last)).Line();
        if (people.Chance(70))
        {
            w.Text("Phone: ").Value(PiiEntityTypes.StaffContact, numbers.Phone()).Line();
        }

        w.Line($"Office: {people.Pick(CourseCatalog.Buildings)} {people.Random.Next(100, 4000)}");
        w.Line($"Office Hours: {people.Pick(CourseCatalog.Weekdays)}s 2:00-3:30 pm and by appointment");
    }
}
