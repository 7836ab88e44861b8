namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Reading lists: citations with authors, years, volumes, page ranges, ISBNs and DOIs.</summary>
public static class ReadingListGenerator
{
    private static readonly string[] Publishers = ["MIT Press", "Oxford University Press", "Pearson", "Springer", "Wiley", "Cambridge University Press"];
    private static readonly string[] Journals = ["Journal of Applied Psychology", "Communications of the ACM", "Nature", "American Economic Review", "Cell", "Physical Review Letters"];

    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var (code, title) = people.Pick(CourseCatalog.Courses);
        var random = people.Random;
        var w = new DocumentWriter();
        w.Line($"{code} {title}: REQUIRED AND RECOMMENDED READINGS");
        w.Line();
        for (var i = 0; i < random.Next(6, 18); i++)
        {
            var (first, last) = people.Name();
            var (first2, last2) = people.Name();
            var year = random.Next(1965, 2025);
            switch (random.Next(4))
            {
                case 0:
                    w.Line($"{last}, {first[0]}. ({year}). {people.Pick(CourseCatalog.Topics)}. {people.Pick(Publishers)}. ISBN 978-{random.Next(0, 2)}-{random.Next(10, 999)}-{random.Next(10000, 99999)}-{random.Next(0, 10)}");
                    break;
                case 1:
                    w.Text($"{last}, {first[0]}., & {last2}, {first2[0]}. ({year}). {people.Pick(CourseCatalog.Topics)}. {people.Pick(Journals)}, {random.Next(1, 80)}({random.Next(1, 12)}), {random.Next(1, 400)}-{random.Next(400, 900)}. ")
                        .Value(PiiEntityTypes.Url, $"https://doi.org/10.{random.Next(1000, 9999)}/{numbers.Digits(7)}").Line();
                    break;
                case 2:
                    w.Line($"{first} {last}, \"{people.Pick(CourseCatalog.Topics)},\" {people.Pick(Journals)} {random.Next(1, 80)} ({year}): {random.Next(1, 400)}-{random.Next(400, 900)}, doi:10.{random.Next(1000, 9999)}/{numbers.Digits(8)}.");
                    break;
                default:
                    w.Line($"{last} {year}, ch. {random.Next(1, 15)}, pp. {random.Next(1, 200)}-{random.Next(200, 420)} (ISBN-10 0-{random.Next(100, 999)}-{random.Next(10000, 99999)}-X).");
                    break;
            }
        }

        w.Line();
        w.Line($"Copies are on reserve at the library; call number QA{random.Next(70, 99)}.{random.Next(1, 9)} .{(char)('A' + random.Next(26))}{random.Next(10, 99)} {random.Next(1990, 2024)}.");
        return w.Build($"readings-{index:D3}", "reading-list");
    }
}
