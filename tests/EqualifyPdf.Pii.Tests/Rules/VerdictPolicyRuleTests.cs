using EqualifyPdf.Pii.Model;

namespace EqualifyPdf.Pii.Tests.Rules;

/// <summary>
/// Issue 8, rule 6: only student data sends a document to review; informational findings (staff, authors, links)
/// are listed with their own type, and every finding says whether it triggers review and why.
/// </summary>
public sealed class VerdictPolicyRuleTests
{
    private const string Syllabus =
        "Instructor: Dr. Lena Fairbanks, lfairbanks@midvale.edu, (414) 229-4611\n"
        + "Course site: https://canvas.midvale.edu/courses/41822\n\n"
        + "Maintained by Ana Beatriz Costa <abcosta@midvale.edu>.\n";

    [Fact]
    public void Scan_OnlyInformationalFindings_CleanButListed()
    {
        var report = PiiScanner.Scan(Syllabus);
        Assert.Equal(PiiVerdict.Clean, report.Verdict);
        Assert.Empty(report.PagesInvolved);
        Assert.Contains(report.Findings, f => f.EntityType == PiiEntityTypes.StaffContact);
        Assert.Contains(report.Findings, f => f.EntityType == PiiEntityTypes.PublicAuthor);
        Assert.Contains(report.Findings, f => f.EntityType == PiiEntityTypes.Url);
        Assert.All(report.Findings, f => Assert.False(f.TriggersReview));
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
    }

    [Fact]
    public void ScanPages_StudentGradeOnSecondPage_ReviewWithReasonOnThatPage()
    {
        var report = PiiScanner.ScanPages([Syllabus, "Name                 Midterm   Letter\nJamal Whitaker       72/100    C\n"]);
        Assert.Equal(PiiVerdict.NeedsReview, report.Verdict);
        Assert.Equal([2], report.PagesInvolved);
        var record = Assert.Single(report.Findings, f => f.TriggersReview);
        Assert.Equal(PiiEntityTypes.EducationRecord, record.EntityType);
        Assert.Equal(2, record.Page);
        Assert.Contains("grade", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_CustomReviewTypes_TriggersReviewFollowsOptions()
    {
        var options = new PiiOptions { ReviewEntityTypes = new HashSet<string> { PiiEntityTypes.StaffContact } };
        var report = PiiScanner.Scan(Syllabus, options);
        Assert.Equal(PiiVerdict.NeedsReview, report.Verdict);
        Assert.All(report.Findings, f => Assert.Equal(f.EntityType == PiiEntityTypes.StaffContact, f.TriggersReview));
    }
}
