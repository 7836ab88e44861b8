using System.Text;
using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// Joins lines into running text. A line-end hyphen is removed only when the joined word occurs elsewhere in the
/// document unhyphenated: course PDFs break compound words ("state-of-the-art") at hyphens far more often than
/// they hyphenate, so dropping every hyphen would damage more words than it mends.
/// </summary>
internal sealed class TextJoiner(HashSet<string> vocabulary)
{
    public static HashSet<string> BuildVocabulary(IEnumerable<TextLine> lines)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            foreach (var w in line.Words)
            {
                words.Add(w.Text.Trim(Punctuation));
            }
        }

        return words;
    }

    private static readonly char[] Punctuation = ".,;:!?()[]{}\"'“”‘’".ToCharArray();

    public string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length == 0)
            {
                sb.Append(line);
                continue;
            }

            var last = sb[^1];
            if (last == '\u00AD')
            {
                sb.Length--;
                sb.Append(line);
            }
            else if (last == '-' && sb.Length > 1 && char.IsLetter(sb[^2]) && char.IsLower(line[0]) && ShouldDehyphenate(sb, line))
            {
                sb.Length--;
                sb.Append(line);
            }
            else if (last == '-' && sb.Length > 1 && char.IsLetter(sb[^2]) && char.IsLetter(line[0]))
            {
                sb.Append(line);
            }
            else
            {
                sb.Append(' ').Append(line);
            }
        }

        return sb.ToString();
    }

    private bool ShouldDehyphenate(StringBuilder sb, string next)
    {
        var start = sb.Length - 2;
        while (start > 0 && char.IsLetter(sb[start - 1]))
        {
            start--;
        }

        var prefix = sb.ToString(start, sb.Length - 1 - start);
        var end = 0;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }

        return vocabulary.Contains(prefix + next[..end]);
    }
}
