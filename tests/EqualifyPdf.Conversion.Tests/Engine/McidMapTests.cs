using EqualifyPdf.Conversion.Extraction;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class McidMapTests
{
    private static Letter Letter(string value, int textSequence) => new(value, new PdfRectangle(0, 0, 5, 10), new PdfRectangle(0, -2, 5, 10),
        new PdfPoint(0, 0), new PdfPoint(5, 0), 5, 10, new FontDetails("Helvetica", false, 400, false), TextRenderingMode.Fill,
        GrayColor.Black, GrayColor.Black, 10, textSequence);

    [Fact]
    public void Of_LettersOfOneShowTextOperation_ShareTheMcidRecordedForAnyOfThem()
    {
        var map = new McidMap();
        var first = Letter("a", 1);
        map.Add(first, 7);

        // A letter of the same operation that no marked content listed (PdfPig replaces a letter when it joins a
        // diacritic to it) still reads the operation's id; a letter of an unrecorded operation reads none.
        Assert.Equal(7, map.Of(first));
        Assert.Equal(7, map.Of(Letter("b", 1)));
        Assert.Equal(-1, map.Of(Letter("c", 2)));
    }

    [Fact]
    public void Of_SequenceHoldingTwoMcids_AnswersPerLetterWithTheFirstRecordWinning()
    {
        var map = new McidMap();
        var (a, b, c) = (Letter("a", 3), Letter("b", 3), Letter("c", 4));
        map.Add(a, 1);
        map.Add(b, 2);
        map.Add(a, 5);
        map.Add(c, 9);
        foreach (var (letter, mcid) in new[] { (a, 1), (b, 2), (a, 5), (c, 9) })
        {
            map.AddMixed(letter, mcid);
        }

        Assert.Equal(1, map.Of(a));
        Assert.Equal(2, map.Of(b));
        Assert.Equal(9, map.Of(c));
        Assert.Equal(-1, map.Of(Letter("d", 3)));
    }
}
