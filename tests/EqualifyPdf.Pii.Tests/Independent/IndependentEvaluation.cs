using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Corpus;
using EqualifyPdf.Pii.Tests.Evaluation;

namespace EqualifyPdf.Pii.Tests.Independent;

/// <summary>
/// Scores the scanner on the independent corpus the way issue 8 asks: span F2 over the review-triggering types
/// (staff contacts, URLs and other informational types are scored apart), review-triggering false positives per
/// clean document, and document verdicts against the labels.
/// </summary>
public sealed class IndependentEvaluation
{
    private static readonly IReadOnlySet<string> ReviewTypes = new PiiOptions().ReviewEntityTypes;

    private IndependentEvaluation()
    {
    }

    public SortedDictionary<string, EntityCounts> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Spans of review-triggering types only.</summary>
    public EntityCounts Overall { get; } = new();

    public EntityCounts StaffContacts { get; } = new();

    public int CleanDocuments { get; private set; }

    public int StudentDocuments { get; private set; }

    /// <summary>Review-triggering findings in documents without student data.</summary>
    public int CleanReviewFindings { get; private set; }

    public int CorrectVerdicts { get; private set; }

    public List<string> StudentDocumentsPassedClean { get; } = [];

    public List<string> CleanDocumentsFlagged { get; } = [];

    public List<string> Errors { get; } = [];

    public double ReviewFalsePositivesPerCleanDocument => CleanDocuments == 0 ? 0 : (double)CleanReviewFindings / CleanDocuments;

    public double VerdictAccuracy => (double)CorrectVerdicts / Math.Max(1, CleanDocuments + StudentDocuments);

    public static IndependentEvaluation Run(IEnumerable<LabelledDocument> documents)
    {
        var evaluation = new IndependentEvaluation();
        foreach (var doc in documents)
        {
            evaluation.Add(doc, PiiScanner.Scan(doc.Text));
        }

        return evaluation;
    }

    private void Add(LabelledDocument doc, PiiReport report)
    {
        var expected = doc.Labels.Any(l => ReviewTypes.Contains(l.EntityType)) ? PiiVerdict.NeedsReview : PiiVerdict.Clean;
        if (expected == PiiVerdict.Clean)
        {
            CleanDocuments++;
            CleanReviewFindings += report.Findings.Count(f => f.TriggersReview);
        }
        else
        {
            StudentDocuments++;
        }

        CorrectVerdicts += report.Verdict == expected ? 1 : 0;
        if (report.Verdict != expected)
        {
            (expected == PiiVerdict.Clean ? CleanDocumentsFlagged : StudentDocumentsPassedClean).Add(doc.Name);
        }

        var matched = new bool[doc.Labels.Count];
        foreach (var finding in report.Findings)
        {
            var hit = -1;
            for (var i = 0; i < doc.Labels.Count && hit < 0; i++)
            {
                var label = doc.Labels[i];
                hit = !matched[i] && label.EntityType == finding.EntityType && label.Start < finding.End && finding.Start < label.End ? i : -1;
            }

            if (hit >= 0)
            {
                matched[hit] = true;
                Tally(finding.EntityType, c => c.TruePositives++);
            }
            else if (ReviewTypes.Contains(finding.EntityType) || finding.EntityType == PiiEntityTypes.StaffContact)
            {
                Tally(finding.EntityType, c => c.FalsePositives++);
                Errors.Add($"FP {doc.Name} {finding.EntityType} '{Excerpt(doc.Text, finding.Start, finding.End)}' ({finding.Reason})");
            }
        }

        for (var i = 0; i < doc.Labels.Count; i++)
        {
            if (!matched[i])
            {
                var label = doc.Labels[i];
                Tally(label.EntityType, c => c.FalseNegatives++);
                Errors.Add($"FN {doc.Name} {label.EntityType} '{Excerpt(doc.Text, label.Start, label.End)}'");
            }
        }
    }

    private void Tally(string type, Action<EntityCounts> count)
    {
        if (!ByType.TryGetValue(type, out var counts))
        {
            ByType[type] = counts = new EntityCounts();
        }

        count(counts);
        if (ReviewTypes.Contains(type))
        {
            count(Overall);
        }
        else if (type == PiiEntityTypes.StaffContact)
        {
            count(StaffContacts);
        }
    }

    // The corpus is invented, so printing its values in test output exposes nobody.
    private static string Excerpt(string text, int start, int end) =>
        text[Math.Max(0, start - 20)..Math.Min(text.Length, end + 20)].Replace('\n', '|');
}
