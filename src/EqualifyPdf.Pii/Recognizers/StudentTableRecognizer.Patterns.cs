using System.Text.RegularExpressions;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>The cell patterns of <see cref="StudentTableRecognizer"/>: names, IDs, scores and header shapes.</summary>
internal sealed partial class StudentTableRecognizer
{
    private const string Word = @"\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['\-]\p{Lu}?\p{Ll}+)*";

    // Surname particles: "Van der Berg, Anouk", "de la Cruz, Ana".
    private const string Particles = @"(?:(?:[Vv]an|[Vv]on|der|den|[Dd]e|[Dd]a|del|della|di|du|la|le|ter|ten|bin|ibn|al|el) )*";

    [GeneratedRegex(@"^(?:" + Particles + Word + @", " + Word + @"(?: " + Word + @")?(?: \p{Lu}\.?)?|" + Word + @"(?: \p{Lu}\.)?(?: " + Word + @"){1,3})$")]
    private static partial Regex CellName();

    [GeneratedRegex(@"^" + Word + @"(?: " + Word + @")?$")]
    private static partial Regex SingleName();

    [GeneratedRegex(@"^#?[A-Z]{0,2}\d{5,10}$|^\d{3}-\d{2}-\d{4}$")]
    private static partial Regex IdValue();

    [GeneratedRegex(@"^(?:-?\d{1,4}(?:\.\d{1,2})?%?|[A-DF][+\-]?|\d{1,4}(?:\.\d+)?\s?/\s?\d{1,4})$")]
    private static partial Regex ScoreValue();

    // "Course: BIO 205", "Instructor: Dr. Lee": a form's label line, not a table header.
    [GeneratedRegex(@"^[ \t]*[\p{L} ()/]{1,30}:[ \t]")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"\(\d{1,4}\)|\[Total Pts")]
    private static partial Regex PointsInBrackets();
}
