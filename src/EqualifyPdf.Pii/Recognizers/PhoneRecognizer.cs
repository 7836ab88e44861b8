using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Resolution;
using EqualifyPdf.Pii.Text;
using PhoneNumbers;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// Telephone numbers validated by libphonenumber (<c>FindNumbers</c>, leniency VALID) for each configured region.
/// A cheap shape filter picks the stretches worth handing to libphonenumber, which is far slower than a regex;
/// shapes glued to longer digit runs (order numbers, ISBN parts) never reach it.
/// </summary>
internal sealed partial class PhoneRecognizer : IPiiRecognizer
{
    private const double Score = 0.6;
    private const double ContextBoost = 0.3;
    private const double WeakContextScore = 0.2;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly ContextPhrases Context = new("phone", "tel", "telephone", "cell", "mobile", "call", "fax", "contact", "text", "ph");
    private static readonly ContextPhrases NotPhone = new("isbn", "issn", "doi", "pp", "pages", "order", "invoice", "serial", "version", "id", "uin");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        // North American numbers need ten digits; other plans can be as short as seven.
        var minimumDigits = settings.Options.PhoneRegions.All(r => r is "US" or "CA") ? 10 : 7;
        foreach (var shape in PhoneShape().EnumerateMatches(page.Text))
        {
            var span = page.Text.AsSpan(shape.Index, shape.Length);
            if ((CountDigits(span) < minimumDigits && !span.StartsWith('+')) || DateStart().IsMatch(span) || DottedQuad().IsMatch(span))
            {
                continue;
            }

            var stretch = page.Text.Substring(shape.Index, shape.Length);
            var found = new HashSet<(int, int)>();
            foreach (var region in settings.Options.PhoneRegions)
            {
                foreach (var match in Util.FindNumbers(stretch, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue))
                {
                    var start = shape.Index + match.Start;
                    var end = start + match.RawString.Length;
                    if (!found.Add((start, end)) || GluedToDigits(page.Text, start, end) || LooksLikeOtherNumber(match.RawString)
                        || ReservedNumbers.IsFictionPhone(match.RawString) || ReservedNumbers.IsWellKnownConstant(match.RawString))
                    {
                        continue;
                    }

                    var score = NotPhone.Before(page.Text, start, 2) ? WeakContextScore
                        : Context.Before(page.Text, start, settings.ContextWindow) ? Score + ContextBoost : Score;
                    output.Add(new Candidate(PiiEntityTypes.PhoneNumber, start, end, score));
                }
            }
        }
    }

    private static int CountDigits(ReadOnlySpan<char> span)
    {
        var digits = 0;
        foreach (var c in span)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits;
    }

    // libphonenumber accepts some dotted quads, date-time stamps and runs of small numbers ("2 3 4 5 6 7 8 9 10",
    // a list's item numbers) as valid national numbers.
    private static bool LooksLikeOtherNumber(string raw) => DottedQuad().IsMatch(raw) || DateStart().IsMatch(raw) || SmallNumbers().IsMatch(raw);

    [GeneratedRegex(@"^\d{1,2}(?:[ .\-]\d{1,2}){4,}$")]
    private static partial Regex SmallNumbers();

    private static bool GluedToDigits(string text, int start, int end)
    {
        bool DigitAt(int i) => i >= 0 && i < text.Length && char.IsDigit(text[i]);
        var before = start > 0 && (char.IsDigit(text[start - 1]) || (text[start - 1] is '-' or '.' or '/' && DigitAt(start - 2)));
        var after = end < text.Length && (char.IsDigit(text[end]) || (text[end] is '-' or '/' or '.' or ':' && DigitAt(end + 1)));
        return before || after;
    }

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3}){3}$")]
    private static partial Regex DottedQuad();

    [GeneratedRegex(@"^(?:19|20)\d{2}[\-/.]\d{1,2}[\-/.]\d{1,2}")]
    private static partial Regex DateStart();

    // At least seven digits in groups separated by single spaces, dots, hyphens or a bracketed area code; a run of
    // spaces or a tab is a column break, so an ID in the next column never joins the stretch.
    [GeneratedRegex(@"(?<![\w\-./])\+?\(?\d(?:[\d().\-]| (?=[\d(])){5,22}\d(?![\w\-/]|\.\d)")]
    private static partial Regex PhoneShape();
}
