using EqualifyPdf.Pii.Model;

namespace EqualifyPdf.Pii.Tests.Recognizers;

public sealed class PersonAndRecordTests
{
    [Theory]
    [InlineData("Student Name: Maria Garcia", "Maria Garcia")]
    [InlineData("Submitted by Wei Chen", "Wei Chen")]
    [InlineData("Meeting with the student Ms. Okafor on Monday", "Okafor")] // a civil title counts on a page about students
    [InlineData("Emergency contact: Liam O'Brien (father)", "Liam O'Brien")]
    public void Scan_LabelledOrHonorificName_ReportsPerson(string text, string name) =>
        Assert.Equal([PiiEntityTypes.Person], Scan.TypesOver(text, name));

    [Fact]
    public void Scan_LastFirstList_ReportsEachName()
    {
        const string text = "Attendance\nGarcia, Maria\nNguyen-Tran, Wei\nO'Brien, Liam\n";
        Assert.Equal(3, Scan.Findings(text).Count(f => f.EntityType == PiiEntityTypes.Person));
    }

    [Fact]
    public void Scan_NameAndIdBesideGrade_EscalatesToEducationRecord()
    {
        const string text = "Student        UIN         Final    Grade\nMaria Garcia   654321987   88/100   B+\n";
        var findings = Scan.Findings(text);
        Assert.Equal(2, findings.Count(f => f.EntityType == PiiEntityTypes.EducationRecord));
        Assert.All(findings.Where(f => f.EntityType == PiiEntityTypes.EducationRecord), f => Assert.True(f.Score >= 0.9));
    }

    [Fact]
    public void Scan_FourDigitPartialIdBesideGrade_ReportsEducationRecord() =>
        Assert.Equal([PiiEntityTypes.EducationRecord], Scan.TypesOver("ID (last 4)  Final   Grade\n4821          91/100  A-\n", "4821"));

    [Fact]
    public void Scan_InstructorBlock_ReportsStaffContactAndStaysClean()
    {
        const string text = "Instructor: Dr. Jane Smith\nEmail: jsmith@example.edu\nPhone: (312) 867-5309\nOffice Hours: Tuesdays 2-4 pm\n";
        var report = PiiScanner.Scan(text);
        Assert.Equal(3, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(PiiEntityTypes.StaffContact, f.EntityType));
        Assert.Equal(PiiVerdict.Clean, report.Verdict);
    }

    [Fact]
    public void Scan_StudentRowBelowStaffHeader_StaysStudentData()
    {
        const string text = "Instructor: Dr. Jane Smith\nName            Email\nMaria Garcia    mgarcia@example.edu\n";
        Assert.Equal([PiiEntityTypes.EmailAddress], Scan.TypesOver(text, "mgarcia@example.edu"));
    }

    [Theory]
    [InlineData("Knuth, Donald (1997). The Art of Computer Programming. pp. 231-245.")]
    [InlineData("FINAL EXAM REVIEW SESSION - ROOM 1404")]
    [InlineData("Final Exam    12/14/2025    Siebel Center 1404")]
    [InlineData("Computer Science   Mechanical Engineering   Political Science")]
    [InlineData("Class average 78/100; median B+; 12 students earned an A-.")]
    public void Scan_CapitalisedNonNames_ReportsNothing(string text) => Assert.Empty(Scan.Findings(text));
}
