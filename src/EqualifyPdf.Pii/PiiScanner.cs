// EqualifyPdf.Pii: finds personal and FERPA-protected information in course documents' text and gives the verdict.
using EqualifyPdf.Pii.Masking;
using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Recognizers;
using EqualifyPdf.Pii.Resolution;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii;

/// <summary>
/// Scans text for personal information and decides whether a document needs human review. Thread-safe; findings
/// carry masked snippets only, and nothing is logged.
/// </summary>
public static class PiiScanner
{
    /// <summary>Scans one text as page 1.</summary>
    /// <param name="text">The text, e.g. a .txt file's contents.</param>
    /// <param name="options">Policy and tuning; <c>null</c> for the defaults.</param>
    /// <returns>The verdict, the findings with offsets into <paramref name="text"/>, and counts per entity type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static PiiReport Scan(string text, PiiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ScanPages([text], options);
    }

    /// <summary>Scans a document page by page (pages numbered from 1).</summary>
    /// <param name="pageTexts">One string per page, in reading order.</param>
    /// <param name="options">Policy and tuning; <c>null</c> for the defaults.</param>
    /// <returns>The verdict, the findings with offsets into each page's text, counts per type and the pages involved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pageTexts"/> or one of its pages is null.</exception>
    public static PiiReport ScanPages(IReadOnlyList<string> pageTexts, PiiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pageTexts);
        options ??= PiiOptions.Default;
        var settings = new ScanSettings(options);
        var findings = new List<PiiFinding>();
        for (var i = 0; i < pageTexts.Count; i++)
        {
            var text = pageTexts[i] ?? throw new ArgumentNullException(nameof(pageTexts), $"Page {i + 1} is null.");
            ScanPage(new PageText(text, i + 1), settings, findings);
        }

        return VerdictBuilder.Build(findings, options);
    }

    private static void ScanPage(PageText page, ScanSettings settings, List<PiiFinding> findings)
    {
        if (page.Text.Length == 0)
        {
            return;
        }

        var candidates = new List<Candidate>();
        foreach (var recognizer in DefaultRecognizers.All)
        {
            recognizer.Recognize(page, settings, candidates);
        }

        TrapFilter.Apply(page.Text, candidates);
        var resolved = OverlapResolver.Resolve(candidates);
        StaffContactClassifier.Apply(page, resolved);
        AuthorshipClassifier.Apply(page, resolved);
        NameEchoes.Apply(page, resolved);
        EducationRecordEscalator.Apply(page, resolved);
        NetworkContextResolver.Apply(page, resolved, settings.Options.Threshold);
        foreach (var c in resolved)
        {
            if (c.Score >= settings.Options.Threshold)
            {
                var snippet = SnippetMasker.Mask(c.EntityType, page.Text.AsSpan(c.Start, c.Length));
                findings.Add(new PiiFinding(c.EntityType, page.PageNumber, c.Start, c.End, Math.Round(c.Score, 2), snippet)
                {
                    TriggersReview = settings.Options.ReviewEntityTypes.Contains(c.EntityType),
                    Reason = FindingReasons.For(c.EntityType, c.Reason),
                });
            }
        }
    }
}
