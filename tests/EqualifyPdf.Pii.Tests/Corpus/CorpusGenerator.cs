namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>
/// Builds the labelled corpus committed under tests/pii-corpus from a fixed seed. Regenerate with
/// <c>PII_CORPUS_WRITE=1 dotnet test tests/EqualifyPdf.Pii.Tests --filter CorpusFiles</c>.
/// </summary>
public static class CorpusGenerator
{
    public const int Seed = 20251126;

    private static readonly (string Kind, int Count, Func<int, FakePeople, FakeNumbers, LabelledDocument> Make)[] Kinds =
    [
        ("roster", 30, RosterGenerator.Generate),
        ("grade-sheet", 30, GradeSheetGenerator.Generate),
        ("syllabus", 25, SyllabusGenerator.Generate),
        ("lecture-notes", 25, LectureNotesGenerator.Generate),
        ("reading-list", 20, ReadingListGenerator.Generate),
        ("schedule", 20, ScheduleGenerator.Generate),
        ("tech-notes", 20, TechNotesGenerator.Generate),
        ("student-form", 50, StudentFormGenerator.Generate),
        ("discussion", 24, DiscussionGenerator.Generate),
        ("aid-roster", 16, AidRosterGenerator.Generate),
        ("negative", 400, NegativeGenerator.Generate),
    ];

    public static IReadOnlyList<LabelledDocument> Generate()
    {
        var random = new Random(Seed);
        var people = new FakePeople(random);
        var numbers = new FakeNumbers(random);
        var documents = new List<LabelledDocument>();
        foreach (var (_, count, make) in Kinds)
        {
            for (var i = 0; i < count; i++)
            {
                documents.Add(make(i, people, numbers));
            }
        }

        return documents;
    }
}
