namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// Capitalised words that head course documents' table cells but are not names (days, months, assessment and
/// subject vocabulary). Without a gazetteer this list is what keeps "Final Exam" or "Graph Theory" out of PERSON.
/// </summary>
internal static class NameWords
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "week", "exam", "final", "midterm", "quiz", "homework", "assignment", "project", "lab", "lecture", "chapter",
        "section", "reading", "readings", "introduction", "review", "total", "grade", "grades", "score", "points",
        "course", "class", "room", "office", "hours", "hall", "building", "center", "library", "university", "college",
        "school", "department", "spring", "fall", "summer", "winter", "due", "date", "name", "student", "students",
        "email", "phone", "average", "mean", "median", "max", "min", "part", "problem", "problems", "question",
        "answer", "table", "figure", "appendix", "notes", "note", "topic", "topics", "unit", "module", "session",
        "presentation", "presentations", "paper", "essay", "report", "draft", "peer", "group", "team", "research",
        "methods", "analysis", "theory", "discussion", "participation", "attendance", "extra", "credit", "late",
        "policy", "holiday", "break", "no", "the", "and", "of", "in", "on", "for", "to", "with", "by", "at", "from",
        "status", "present", "absent", "excused", "pass", "fail", "incomplete", "withdrawn", "overall", "curve",
        "letter", "percent", "rubric", "graduate", "undergraduate", "senior", "junior", "sophomore", "freshman",
        "major", "minor", "program", "id", "uin", "submitted", "instructor", "professor", "assistant", "teaching",
        "office", "hour", "syllabus", "schedule", "deadline", "submission", "version", "page", "pages", "volume",
        "edition", "press", "journal", "proceedings", "conference", "workshop", "vs", "versus", "intro", "advanced",
        "principles", "fundamentals", "applied", "basic", "data", "systems", "design", "learning", "model", "models",
        "lab", "labs", "tutorial", "seminar", "recitation", "studio", "field", "trip", "guest", "speaker", "study",
        "day", "days", "term", "semester", "quarter", "year", "online", "zoom", "canvas", "portal", "available",
        "required", "optional", "recommended", "textbook", "text", "book", "books", "article", "articles", "case",
        "cases", "example", "examples", "exercise", "exercises", "solution", "solutions", "key", "sample", "test",
        "tests", "practice", "makeup", "make", "up", "open", "closed", "cumulative", "comprehensive", "bonus", "weight",
        "science", "sciences", "computer", "engineering", "mechanical", "electrical", "civil", "biology", "chemistry",
        "physics", "history", "english", "mathematics", "math", "economics", "psychology", "writing", "literature",
        "art", "arts", "music", "business", "nursing", "education", "studies", "political", "international",
        "relations", "public", "health", "management", "marketing", "finance", "accounting", "philosophy",
        "sociology", "anthropology", "linguistics", "statistics", "undeclared", "biochemistry", "neuroscience",
        "information", "communication", "laboratory", "auditorium", "gym", "stadium", "annex", "tower", "pavilion",
        "institute", "students", "colleagues", "all", "everyone", "committee", "members", "staff", "admin", "faculty",
        "sir", "madam", "friends", "parents", "families", "panel", "board", "financial", "aid", "affairs", "services",
        "success", "life", "union", "government", "association", "council", "senate", "housing", "residence",
        "records", "registrar", "admissions", "enrollment", "disability", "resources", "support", "conduct", "journalism", "architecture", "agriculture", "kinesiology",
        "advisor", "adviser", "academic", "coordinator", "director", "manager", "officer", "dean", "chair", "librarian",
        "tutor", "counselor", "president", "treasurer", "secretary", "associate", "emeritus", "lecturer", "fellow",
        "street", "avenue", "road", "drive", "lane", "boulevard", "parkway", "highway", "suite",
    };

    // Looked up once per candidate word: keep the span-keyed view instead of creating it per word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesBySpan = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that mark a table's summary rows ("Points Possible", "Class average") in a name column.
    private static readonly HashSet<string> SummaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "total", "totals", "average", "averages", "possible", "points", "mean", "median", "maximum", "minimum", "max",
        "min", "summary", "overall", "class", "section", "course", "grade", "score", "student", "name", "test", "preview",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SummaryBySpan = SummaryWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a cell of a student-name column is not a name: a summary row, or nothing but document vocabulary.
    /// Laxer than <see cref="HasNonNameWord"/>, because the column already says it holds names ("Farrow, June").
    /// </summary>
    public static bool IsNotANameCell(ReadOnlySpan<char> cell)
    {
        var words = 0;
        var vocabulary = 0;
        foreach (var range in cell.SplitAny(' ', '\t', ',', '\n'))
        {
            var word = cell[range].TrimEnd('.');
            if (word.Length == 0)
            {
                continue;
            }

            if (SummaryBySpan.Contains(word))
            {
                return true;
            }

            words++;
            vocabulary += NotNamesBySpan.Contains(word) ? 1 : 0;
        }

        return words == 0 || vocabulary == words;
    }

    /// <summary>Whether any of the words is ordinary document vocabulary rather than part of a name.</summary>
    public static bool HasNonNameWord(ReadOnlySpan<char> candidate)
    {
        foreach (var range in candidate.SplitAny(' ', '\t', ',', '\n'))
        {
            var word = candidate[range].TrimEnd('.');
            if (word.Length > 0 && NotNamesBySpan.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
