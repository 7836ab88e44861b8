using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Recognizers;

namespace EqualifyPdf.Pii.Tests.Rules;

/// <summary>Issue 8, rule 3: staff and office contacts are STAFF_CONTACT wherever they appear, and stay informational.</summary>
public sealed class StaffContactRuleTests
{
    [Theory]
    [InlineData("Instructor: Dr. Marguerite Okafor\nEmail: mokafor@northfield.edu\nPhone: (507) 786-3114\n", "(507) 786-3114")]
    [InlineData("Teaching Assistants\n  Samuel Whitford (swhitford@northfield.edu) - lab sections 01 and 02\n", "swhitford@northfield.edu")]
    [InlineData("Lab Manager: Dr. Hyun-Woo Park, Room 300A, 970-491-0213, hpark@chem.foothills.edu\n", "970-491-0213")]
    [InlineData("In an emergency dial 911, then campus police at 216-368-3333.\n", "216-368-3333")]
    [InlineData("Questions: the Office of Student Conduct at 919-515-2963.\n", "919-515-2963")]
    [InlineData("Your advisor is Rebecca Lang (rlang@eng.granitefalls.edu); book office hours online.\n", "rlang@eng.granitefalls.edu")]
    [InlineData("Department office: Life Sciences 2000, 507-786-3100\n", "507-786-3100")]
    public void Scan_StaffContact_IsStaffContactAndClean(string text, string value)
    {
        Assert.Equal([PiiEntityTypes.StaffContact], Scan.TypesOver(text, value));
        Assert.Equal(PiiVerdict.Clean, PiiScanner.Scan(text).Verdict);
    }

    [Fact]
    public void Scan_StaffTableWithSeveralPeople_AllStaff()
    {
        const string text = "| Role | Name | Email |\n|---|---|---|\n| Instructor | Prof. Wei-Lin Chang | wchang@math.harborview.edu |\n"
            + "| TA | Oksana Petrenko | opetrenko@math.harborview.edu |\n| TA | Ibrahim Sesay | isesay@math.harborview.edu |\n";
        var report = PiiScanner.Scan(text);
        Assert.Equal(PiiVerdict.Clean, report.Verdict);
        Assert.Equal(3, report.Findings.Count(f => f.EntityType == PiiEntityTypes.StaffContact && f.Snippet.Contains('@')));
    }

    [Fact]
    public void Scan_DirectoryRowWithTitleAfterName_IsStaff()
    {
        const string text = "Name                     Title                  Phone            Email\n"
            + "Castillo, Ramon          Associate Professor    (434) 924-3712   rcastillo@chem.blueridge.edu\n";
        Assert.Equal(PiiVerdict.Clean, PiiScanner.Scan(text).Verdict);
        Assert.Equal([PiiEntityTypes.StaffContact], Scan.TypesOver(text, "(434) 924-3712"));
    }

    [Fact]
    public void ScanPages_StaffBlockContinuedOnNextPage_StaysStaff()
    {
        string[] pages = ["Course staff\nInstructor: Prof. Ahmed Nasser, nasser@eecs.riverside.edu", "TA: Jenny Liu, jliu@eecs.riverside.edu\nOffice hours Mon 4-6"];
        var report = PiiScanner.ScanPages(pages);
        Assert.Equal(PiiVerdict.Clean, report.Verdict);
        Assert.Contains(report.Findings, f => f.Page == 2 && f.EntityType == PiiEntityTypes.StaffContact);
    }

    [Fact]
    public void Scan_StudentContactNextToStaff_StudentStillReviewed()
    {
        const string text = "Advisor: Rebecca Lang, rlang@eng.granitefalls.edu\nAdvisee: Tomasz Wisniewski, twisniewski@mail.granitefalls.edu\n";
        Assert.Equal([PiiEntityTypes.EmailAddress], Scan.TypesOver(text, "twisniewski@mail.granitefalls.edu"));
        Assert.Equal(PiiVerdict.NeedsReview, PiiScanner.Scan(text).Verdict);
    }
}
