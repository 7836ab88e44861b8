using EqualifyPdf.Pii.Model;

namespace EqualifyPdf.Pii.Tests.Recognizers;

public sealed class ScannerTests
{
    [Fact]
    public void Scan_Findings_AreMaskedNeverRaw()
    {
        const string text = "Email: maria.garcia@example.edu\nSSN: 536-22-8812\nStudent Name: Maria Garcia\nCard: 4532 0187 3364 5197\n";
        var findings = Scan.Findings(text);
        Assert.Contains(findings, f => f.Snippet == "m***@example.edu");
        Assert.Contains(findings, f => f.Snippet == "***-**-8812");
        Assert.Contains(findings, f => f.Snippet == "M*** G***");
        Assert.Contains(findings, f => f.Snippet == "**** **** **** 5197");
        foreach (var f in findings)
        {
            Assert.NotEqual(text[f.Start..f.End], f.Snippet);
        }
    }

    [Fact]
    public void ScanPages_FindingsOnSeveralPages_ReportsPagesAndCounts()
    {
        var report = PiiScanner.ScanPages(["Syllabus, nothing here.", "UIN: 654321987", "Email maria.garcia@example.edu; UIN: 123498765"]);
        Assert.Equal(PiiVerdict.NeedsReview, report.Verdict);
        Assert.Equal([2, 3], report.PagesInvolved);
        Assert.Equal(2, report.CountsByType[PiiEntityTypes.StudentId]);
        Assert.Equal(1, report.CountsByType[PiiEntityTypes.EmailAddress]);
        Assert.All(report.Findings, f => Assert.InRange(f.Page, 2, 3));
        var onPage3 = report.Findings.Where(f => f.Page == 3).ToList();
        Assert.Equal("maria.garcia@example.edu", "Email maria.garcia@example.edu; UIN: 123498765"[onPage3[0].Start..onPage3[0].End]);
    }

    [Fact]
    public void Scan_Threshold_DropsWeakerFindings()
    {
        const string text = "Call (312) 867-5309 today.";
        Assert.Single(Scan.Findings(text));
        Assert.Empty(Scan.Findings(text, new PiiOptions { Threshold = 0.95 }));
    }

    [Fact]
    public void Scan_ReviewTypesConfigured_ChangesVerdict()
    {
        const string text = "Email: maria.garcia@example.edu";
        Assert.Equal(PiiVerdict.NeedsReview, PiiScanner.Scan(text).Verdict);
        var options = new PiiOptions { ReviewEntityTypes = new HashSet<string> { PiiEntityTypes.UsSsn } };
        var report = PiiScanner.Scan(text, options);
        Assert.Equal(PiiVerdict.Clean, report.Verdict);
        Assert.Empty(report.PagesInvolved);
        Assert.Equal(1, report.CountsByType[PiiEntityTypes.EmailAddress]);
    }

    [Fact]
    public void Scan_OverlappingCandidates_KeepsOneFindingPerSpan()
    {
        // A 9-digit number with SSN context is also a student-ID and passport shape; one finding must remain.
        var findings = Scan.Findings("SSN / student ID / passport: 536228812");
        Assert.Single(findings);
    }

    [Fact]
    public void Scan_EmptyText_IsClean()
    {
        var report = PiiScanner.Scan(string.Empty);
        Assert.Equal(PiiVerdict.Clean, report.Verdict);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void ScanPages_NullPage_Throws() =>
        Assert.Throws<ArgumentNullException>(() => PiiScanner.ScanPages(["ok", null!]));
}
