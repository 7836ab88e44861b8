namespace EqualifyPdf.Pii.Context;

/// <summary>Splits text into whole words (runs of letters) for context matching.</summary>
internal static class Words
{
    /// <summary>Fills <paramref name="words"/> with up to its length of the words before <paramref name="start"/>, in text order.</summary>
    public static int Backwards(string text, int start, int max, Span<Range> words)
    {
        var found = 0;
        var i = start - 1;
        // Stop at a blank line: context never reaches across paragraphs.
        var newlines = 0;
        while (i >= 0 && found < max)
        {
            while (i >= 0 && !char.IsLetter(text[i]))
            {
                if (text[i] == '\n' && ++newlines > 1)
                {
                    i = -1;
                    break;
                }

                i--;
            }

            if (i < 0)
            {
                break;
            }

            var end = i + 1;
            while (i >= 0 && char.IsLetter(text[i]))
            {
                i--;
            }

            words[found++] = new Range(i + 1, end);
        }

        words[..found].Reverse();
        return found;
    }

    /// <summary>Adds every word between two offsets to <paramref name="words"/>.</summary>
    public static void Forward(string text, int start, int end, List<Range> words)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > wordStart)
            {
                words.Add(new Range(wordStart, i));
            }
        }
    }
}
