using System.Text;

namespace EqualifyPdf.Pii.Masking;

/// <summary>
/// Renders a finding so a reviewer can tell what was found without seeing it: <c>j***@example.edu</c>,
/// <c>***-**-6789</c>, <c>M*** G***</c>. The raw value never leaves the library.
/// </summary>
internal static class SnippetMasker
{
    // Long identifiers keep their last four digits, the convention on statements and forms; short ones keep none.
    private const int DigitsForTail = 7;
    private const int TailDigits = 4;

    public static string Mask(string entityType, ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        if (entityType is PiiEntityTypes.EmailAddress or PiiEntityTypes.StaffContact or PiiEntityTypes.PublicAuthor && at > 0)
        {
            return $"{value[0]}***{value[at..]}";
        }

        var keepTail = entityType is not (PiiEntityTypes.DateOfBirth or PiiEntityTypes.Address or PiiEntityTypes.IpAddress);
        return MaskGeneric(value, keepTail);
    }

    private static string MaskGeneric(ReadOnlySpan<char> value, bool keepTail)
    {
        var digits = 0;
        foreach (var c in value)
        {
            digits += char.IsDigit(c) ? 1 : 0;
        }

        var keepFrom = keepTail && digits >= DigitsForTail ? digits - TailDigits : int.MaxValue;
        var builder = new StringBuilder(value.Length);
        var digitIndex = 0;
        var wordStart = true;
        var lastWasStar = false;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                builder.Append(digitIndex++ >= keepFrom ? c : '*');
                wordStart = false;
                lastWasStar = false;
            }
            else if (char.IsLetter(c))
            {
                // First letter of each word helps a reviewer tell names apart; the rest collapses to one "***".
                if (wordStart)
                {
                    builder.Append(c);
                }
                else if (!lastWasStar)
                {
                    builder.Append("***");
                    lastWasStar = true;
                }

                wordStart = false;
            }
            else
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
                wordStart = true;
                lastWasStar = false;
            }
        }

        return builder.ToString();
    }
}
