namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Lecture notes: headings, equations, code, years and figures; sometimes a student named in passing.</summary>
public static class LectureNotesGenerator
{
    private static readonly string[] Equations =
    [
        "x = (-b +/- sqrt(b^2 - 4ac)) / 2a", "f(x) = 3x^2 + 12x - 4", "2^10 = 1024 and 2^20 = 1048576",
        "T(n) = 2T(n/2) + O(n), so T(n) = O(n log n)", "E = mc^2 with c = 299792458 m/s", "sum_{i=1}^{n} i = n(n+1)/2",
        "det(A) = 4 * 7 - 2 * 3 = 22", "P(A|B) = P(B|A) P(A) / P(B) = 0.9 * 0.01 / 0.0585", "pH = -log10[H+] = 7.4",
        "Q = m c dT = 250 * 4.186 * 35 = 36627.5 J", "y = 1.75x + 32.4 (R^2 = 0.87)", "12345679 * 9 = 111111111",
    ];

    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var (code, title) = people.Pick(CourseCatalog.Courses);
        var random = people.Random;
        var w = new DocumentWriter();
        w.Line($"{code} LECTURE {random.Next(1, 28)}: {people.Pick(CourseCatalog.Topics).ToUpperInvariant()}");
        w.Line($"{CourseCatalog.Months[random.Next(12)]} {random.Next(1, 29)}, 2025");
        w.Line();
        for (var section = 0; section < random.Next(3, 7); section++)
        {
            w.Line($"{section + 1}. {people.Pick(CourseCatalog.Topics)}");
            w.Line($"Recall from lecture {random.Next(1, 20)} that the key identity is {people.Pick(Equations)}.");
            w.Line($"Worked example: {people.Pick(Equations)}; check it numerically for n = {random.Next(10, 5000)}.");
            if (people.Chance(30))
            {
                w.Line($"    for (int i = 0; i < {random.Next(10, 100000)}; i++) {{ total += data[i] * {random.Next(2, 99)}; }}");
            }

            w.Line($"First described in {random.Next(1900, 2020)}; see Section {random.Next(1, 12)}.{random.Next(1, 9)} of the textbook.");
            w.Line();
        }

        if (people.Chance(25))
        {
            // Prose mentions without a label are the honest hard case for a model-free recognizer.
            var (first, last) = people.Name();
            w.Text("Thanks to ").Value(PiiEntityTypes.Person, $"{first} {last}").Line(" for spotting the sign error in last week's notes.");
        }

        w.Line("END OF NOTES");
        return w.Build($"lecture-{index:D3}", "lecture-notes");
    }
}
