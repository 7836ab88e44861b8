using EqualifyPdf.Pii.Model;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>Turns a document's findings into the report: verdict, counts per type and the pages that need review.</summary>
internal static class VerdictBuilder
{
    public static PiiReport Build(List<PiiFinding> findings, PiiOptions options)
    {
        findings.Sort(static (a, b) => a.Page != b.Page ? a.Page.CompareTo(b.Page) : a.Start.CompareTo(b.Start));
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var pages = new SortedSet<int>();
        foreach (var finding in findings)
        {
            counts[finding.EntityType] = counts.GetValueOrDefault(finding.EntityType) + 1;
            if (options.ReviewEntityTypes.Contains(finding.EntityType))
            {
                pages.Add(finding.Page);
            }
        }

        var verdict = pages.Count > 0 ? PiiVerdict.NeedsReview : PiiVerdict.Clean;
        return new PiiReport(verdict, findings.AsReadOnly(), counts.AsReadOnly(), [.. pages]);
    }
}
