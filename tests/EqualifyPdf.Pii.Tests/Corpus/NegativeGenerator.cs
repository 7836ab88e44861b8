namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>
/// Short passages built only from known false-positive traps: ISBNs, DOIs, course numbers, rooms, citation years and
/// page ranges, schedule dates, times, versions, GUIDs, file names, digit runs, ALL-CAPS headings and equations.
/// </summary>
public static class NegativeGenerator
{
    private static readonly Func<FakePeople, FakeNumbers, string>[] Traps =
    [
        (p, n) => $"See ISBN 978-{p.Random.Next(0, 2)}-{p.Random.Next(10, 999)}-{p.Random.Next(10000, 99999)}-{p.Random.Next(0, 10)} for the {p.Random.Next(2, 9)}th edition.",
        (p, n) => $"ISBN-13: 979{n.Digits(10)}; ISBN-10: {n.Digits(9)}X.",
        (p, n) => $"Available at doi:10.{p.Random.Next(1000, 9999)}/{n.Digits(7)}.{n.Digits(7)} and in print.",
        (p, n) => $"{p.Pick(CourseCatalog.Courses).Code} meets in Room {p.Random.Next(100, 4500)}, {p.Pick(CourseCatalog.Buildings)}.",
        (p, n) => $"Prerequisites: {p.Pick(CourseCatalog.Courses).Code} and {p.Pick(CourseCatalog.Courses).Code}; cross-listed as {p.Pick(CourseCatalog.Courses).Code.Split(' ')[0]} {p.Random.Next(1000, 9999)}.",
        (p, n) => $"As {p.Name().Last} ({p.Random.Next(1950, 2025)}, pp. {p.Random.Next(1, 500)}-{p.Random.Next(500, 999)}) argues, the effect is small.",
        (p, n) => $"Vol. {p.Random.Next(1, 90)}, no. {p.Random.Next(1, 12)}, pp. {p.Random.Next(1000, 4000)}-{p.Random.Next(4000, 9999)} ({p.Random.Next(1990, 2025)}).",
        (p, n) => $"Week {p.Random.Next(1, 16)}: {p.Pick(CourseCatalog.Weekdays)}, {p.Pick(CourseCatalog.Months)} {p.Random.Next(1, 29)}, 2025 - {p.Pick(CourseCatalog.Topics)}.",
        (p, n) => $"Assignment due {p.Random.Next(1, 13):D2}/{p.Random.Next(1, 29):D2}/2025 at 11:59 pm; late work accepted until {p.Random.Next(1, 13)}/{p.Random.Next(1, 29)}.",
        (p, n) => $"Lecture runs {p.Random.Next(8, 12)}:{p.Random.Next(0, 4) * 15:D2}-{p.Random.Next(12, 17)}:{p.Random.Next(0, 4) * 15:D2}; lab {p.Random.Next(13, 18)}:00-{p.Random.Next(18, 21)}:30 on {p.Pick(CourseCatalog.Weekdays)}s.",
        (p, n) => $"Requires Python {p.Random.Next(3, 4)}.{p.Random.Next(8, 13)}.{p.Random.Next(0, 10)}, numpy {p.Random.Next(1, 3)}.{p.Random.Next(0, 27)}.{p.Random.Next(0, 5)} and build 10.0.{p.Random.Next(17000, 22631)}.{p.Random.Next(1000, 4000)}.",
        (p, n) => $"Release v{p.Random.Next(1, 9)}.{p.Random.Next(0, 20)}.{p.Random.Next(0, 40)}.{p.Random.Next(0, 200)} fixes the grading script.",
        (p, n) => $"Job {n.Digits(8)}-{n.Digits(4)}-{n.Digits(4)}-{n.Digits(4)}-{n.Digits(12)} finished in {p.Random.Next(2, 90)} s.",
        (p, n) => $"Upload lab{p.Random.Next(1, 12)}_{p.Random.Next(2020, 2026)}-{p.Random.Next(1, 13):D2}-{p.Random.Next(10, 29)}_v{p.Random.Next(1, 4)}.pdf and results_{n.Digits(10)}.csv to the portal.",
        (p, n) => $"Order no. {n.Digits(6)}{n.Phone().Where(char.IsDigit).Aggregate(string.Empty, (s, c) => s + c)}{n.Digits(4)} shipped on time.",
        (p, n) => $"Tracking {n.Digits(4)} {n.Digits(4)} {n.Digits(4)} {n.Digits(4)} {n.Digits(4)} {n.Digits(2)}.",
        (p, n) => p.Pick(new[] { "FINAL EXAMINATION SCHEDULE", "ACADEMIC INTEGRITY POLICY", "GRADING RUBRIC AND LATE POLICY", "LAB SAFETY REQUIREMENTS", "OFFICE HOURS AND COMMUNICATION" }),
        (p, n) => $"{p.Pick(CourseCatalog.Topics).ToUpperInvariant()} - PART {p.Random.Next(1, 5)} OF {p.Random.Next(5, 9)}",
        (p, n) => $"Solve {p.Random.Next(2, 99)}x + {p.Random.Next(2, 999)} = {p.Random.Next(1000, 99999)}, then check that {p.Random.Next(100, 999)} * {p.Random.Next(100, 999)} = {p.Random.Next(10000, 999999)}.",
        (p, n) => $"f(x) = {p.Random.Next(2, 20)}x^3 - {p.Random.Next(2, 50)}x + {p.Random.Next(1, 99)}; f({p.Random.Next(2, 9)}) = {p.Random.Next(100, 9999)}.",
        (p, n) => $"The constant is {p.Random.Next(1, 9)}.{n.Digits(12)} to twelve places.",
        (p, n) => $"Class average {p.Random.Next(60, 90)}/100; median B+; {p.Random.Next(1, 12)} students earned an A-.",
        (p, n) => $"Room {p.Random.Next(1000, 4000)} hosts the B+ tree workshop at {p.Random.Next(1, 6)} pm.",
        (p, n) => $"The {p.Random.Next(1789, 1990)} treaty and the {p.Random.Next(1600, 1900)} census are covered in chapter {p.Random.Next(1, 20)}.",
        (p, n) => $"Questions go to help@example.edu or the registrar@example.edu mailbox.",
        (p, n) => $"CRN {n.Digits(5)}, Section {p.Random.Next(1, 30):D3}, {p.Random.Next(1, 5)} credit hours, cap {p.Random.Next(20, 400)}.",
        (p, n) => $"Table {p.Random.Next(1, 9)}.{p.Random.Next(1, 9)}: {p.Pick(CourseCatalog.Topics)} results for n = {p.Random.Next(100, 100000)} (p < 0.0{p.Random.Next(1, 5)}).",
        (p, n) => $"{p.Pick(new[] { "Course name", "File name", "Project name", "Team name", "Building name" })}: {p.Pick(CourseCatalog.Topics)} {p.Pick(new[] { "Explorer", "Group", "Review", "Annex", "Toolkit" })}",
        (p, n) => $"Dear {p.Pick(new[] { "Students", "Colleagues", "Class", "All", "Committee Members" })}, the {p.Pick(CourseCatalog.Topics)} lab moves to {p.Pick(CourseCatalog.Weekdays)}.",
        (p, n) => $"Posted by {p.Pick(new[] { "Course Staff", "Teaching Team", "Admin" })} on {p.Pick(CourseCatalog.Months)} {p.Random.Next(1, 29)}, 2025",
        (p, n) => $"Data Structures  Linear Algebra  Cell Biology  {p.Pick(CourseCatalog.Majors)}  {p.Pick(CourseCatalog.Topics)}",
    ];

    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var w = new DocumentWriter();
        var lines = people.Random.Next(3, 8);
        for (var i = 0; i < lines; i++)
        {
            if (people.Chance(8))
            {
                // Links are reported as URL, which the default policy does not send to review.
                w.Text("Submit via ").Value(PiiEntityTypes.Url, $"https://canvas.example.edu/courses/{numbers.Digits(5)}/assignments/{numbers.Digits(6)}").Line(" by Friday.");
                continue;
            }

            w.Line(Traps[people.Random.Next(Traps.Length)](people, numbers));
        }

        return w.Build($"negative-{index:D3}", "negative");
    }
}
