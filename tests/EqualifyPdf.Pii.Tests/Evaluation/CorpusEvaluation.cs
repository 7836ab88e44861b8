using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Corpus;

namespace EqualifyPdf.Pii.Tests.Evaluation;

/// <summary>
/// Scores the scanner against the labelled corpus. A finding counts when it overlaps a gold span of the same type;
/// each gold span is matched at most once.
/// </summary>
public sealed class CorpusEvaluation
{
    private CorpusEvaluation()
    {
    }

    public SortedDictionary<string, EntityCounts> ByType { get; } = new(StringComparer.Ordinal);

    public EntityCounts Overall { get; } = new();

    public int NegativeDocuments { get; private set; }

    public int NegativeDocumentsFlagged { get; private set; }

    public List<string> Errors { get; } = [];

    public double NegativeFalsePositiveRate => NegativeDocuments == 0 ? 0 : (double)NegativeDocumentsFlagged / NegativeDocuments;

    public static CorpusEvaluation Run(IEnumerable<LabelledDocument> documents)
    {
        var evaluation = new CorpusEvaluation();
        foreach (var doc in documents)
        {
            var report = PiiScanner.Scan(doc.Text);
            if (doc.IsNegative)
            {
                evaluation.NegativeDocuments++;
                evaluation.NegativeDocumentsFlagged += report.Verdict == PiiVerdict.NeedsReview ? 1 : 0;
            }

            evaluation.Score(doc, report.Findings);
        }

        return evaluation;
    }

    private void Score(LabelledDocument doc, IReadOnlyList<PiiFinding> findings)
    {
        var matched = new bool[doc.Labels.Count];
        foreach (var finding in findings)
        {
            var hit = -1;
            for (var i = 0; i < doc.Labels.Count && hit < 0; i++)
            {
                var label = doc.Labels[i];
                if (!matched[i] && label.EntityType == finding.EntityType && label.Start < finding.End && finding.Start < label.End)
                {
                    hit = i;
                }
            }

            if (hit >= 0)
            {
                matched[hit] = true;
                Count(finding.EntityType).TruePositives++;
                Overall.TruePositives++;
            }
            else
            {
                Count(finding.EntityType).FalsePositives++;
                Overall.FalsePositives++;
                Errors.Add($"FP {doc.Name} {finding.EntityType} [{finding.Start},{finding.End}) '{Excerpt(doc.Text, finding.Start, finding.End)}'");
            }
        }

        for (var i = 0; i < doc.Labels.Count; i++)
        {
            if (!matched[i])
            {
                var label = doc.Labels[i];
                Count(label.EntityType).FalseNegatives++;
                Overall.FalseNegatives++;
                Errors.Add($"FN {doc.Name} {label.EntityType} [{label.Start},{label.End}) '{Excerpt(doc.Text, label.Start, label.End)}'");
            }
        }
    }

    private EntityCounts Count(string type)
    {
        if (!ByType.TryGetValue(type, out var counts))
        {
            ByType[type] = counts = new EntityCounts();
        }

        return counts;
    }

    // The corpus is synthetic, so printing its values in test output exposes nobody.
    private static string Excerpt(string text, int start, int end) =>
        text[Math.Max(0, start - 25)..Math.Min(text.Length, end + 25)].Replace('\n', '|');
}
