using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Recognizers;

namespace EqualifyPdf.Pii.Tests.Rules;

/// <summary>Issue 8, rule 5: context decides whether an IP address or a number identifies a student.</summary>
public sealed class NetworkAndIdContextRuleTests
{
    [Fact]
    public void Scan_LabVmAssignmentTable_PrivateAddressesArePersonal()
    {
        const string text = "Student                  NetID       Attacker VM       Target VM\n"
            + "Adeleke, Tunde           tadeleke    10.42.7.11        10.42.8.11\n";
        Assert.Equal([PiiEntityTypes.IpAddress], Scan.TypesOver(text, "10.42.7.11"));
        Assert.Equal(PiiVerdict.NeedsReview, PiiScanner.Scan(text).Verdict);
    }

    [Fact]
    public void Scan_AccessLogAboutAStudent_AddressIsPersonal()
    {
        const string text = "Excerpt prepared for the conduct hearing of Ryan Castellano (NetID rcastel4)\n\n"
            + "2026-04-14 09:02:11  user=estrand2  src=98.214.37.116  action=login  result=success\n";
        Assert.Equal([PiiEntityTypes.IpAddress], Scan.TypesOver(text, "98.214.37.116"));
    }

    [Fact]
    public void Scan_IncidentReportAddress_IsPersonal()
    {
        const string text = "Incident: failed password for invalid user admin from 141.138.246.7 port 39574";
        Assert.Equal([PiiEntityTypes.IpAddress], Scan.TypesOver(text, "141.138.246.7"));
    }

    [Theory]
    [InlineData("Lab 2: ping 93.184.216.34 and note the TTL; then try your gateway 10.12.0.1.")]
    [InlineData("A home router hands out 192.168.1.0/24; DNS servers in the slides: 9.9.9.9, 1.1.1.1 and 8.8.8.8.")]
    public void Scan_NetworkingTutorial_AddressesNotPersonal(string text) =>
        Assert.Equal(PiiVerdict.Clean, PiiScanner.Scan(text).Verdict);

    [Theory]
    [InlineData("Page ID 1482205 · Module item 7719032 · Quiz ID 3381209")]
    [InlineData("CHEM 1311 CRN 41822, Section 004, class number 21847")]
    [InlineData("Fume hood FH-305-2, Asset tag 0045182, Lot 2231957, Serial 31940577")]
    [InlineData("Supported by NSF grant IIS-2148817 and award DUE-2315508.")]
    [InlineData("Canvas course 73412; https://canvas.westhaven.edu/courses/92871/assignments/551203")]
    public void Scan_LmsIdsCrnsAssetTagsLotNumbers_NotStudentIds(string text) =>
        Assert.DoesNotContain(Scan.Findings(text), f => f.EntityType is PiiEntityTypes.StudentId or PiiEntityTypes.EducationRecord);

    [Theory]
    [InlineData("Student ID: 0048812736", "0048812736")]
    [InlineData("Student number: S3381920", "S3381920")]
    [InlineData("This is Marcus from your Tuesday section (student ID A20458816).", "A20458816")]
    public void Scan_StudentIdWithContext_Reported(string text, string id) =>
        Assert.Equal([PiiEntityTypes.StudentId], Scan.TypesOver(text, id));
}
