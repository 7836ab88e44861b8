namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>
/// Discussion-board exports and advising e-mails: names in prose ("Posted by", "Dear"), the hard case for a
/// scanner without a language model, mixed with the traps of ordinary course talk.
/// </summary>
public static class DiscussionGenerator
{
    private static readonly string[] Replies =
    [
        "I think the answer to problem 3 uses the identity from lecture 12, not the one in chapter 4.",
        "Does anyone know if office hours are moved this week? Room 1404 was locked.",
        "The dataset link in the syllabus gives a 404; the mirror at the library works.",
        "For part (b) I got 0.375, which matches the key if you round at the end.",
        "Reminder that the midterm covers weeks 1-7 and is worth 25% of the grade.",
    ];

    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var (code, title) = people.Pick(CourseCatalog.Courses);
        var w = new DocumentWriter();
        if (index % 3 == 2)
        {
            var (first, last) = people.Name();
            w.Line($"Subject: {code} accommodation letter");
            w.Text("Dear ").Value(PiiEntityTypes.Person, $"{first} {last}").Line(",");
            w.Line($"Your accommodations for {title} this term are extended time (1.5x) on exams and quizzes.");
            w.Text("Please confirm by replying to ").Value(PiiEntityTypes.StaffContact, people.StaffEmail(people.Name().First, people.Name().Last)).Line(".");
            w.Line("Disability Resources staff");
            return w.Build($"discussion-{index:D3}", "discussion");
        }

        w.Line($"{code} {title} - Discussion: Week {people.Random.Next(1, 15)} questions");
        w.Line();
        for (var post = 0; post < people.Random.Next(3, 8); post++)
        {
            var (first, last) = people.Name();
            w.Text("Posted by ").Value(PiiEntityTypes.Person, $"{first} {last}")
                .Line($" on {people.Pick(CourseCatalog.Months)} {people.Random.Next(1, 29)}, 2025 {people.Random.Next(1, 12)}:{people.Random.Next(0, 60):D2} pm");
            w.Line(people.Pick(Replies));
            w.Line();
        }

        return w.Build($"discussion-{index:D3}", "discussion");
    }
}
