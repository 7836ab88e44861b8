using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Recognizers;

namespace EqualifyPdf.Pii.Tests.Rules;

/// <summary>Issue 8, rule 4: a PERSON needs evidence (a roster, a student label, a grade, an ID), not capitals.</summary>
public sealed class PersonEvidenceRuleTests
{
    [Theory]
    [InlineData("See Section 4 of the Student Handbook. Final Exam Review sessions will be announced.")]
    [InlineData("Graph Theory and Linear Algebra are prerequisites; Discussion Question: why did Francis Bacon matter?")]
    [InlineData("Alan Turing never claimed the test defines intelligence; Grace Hopper wrote the first compiler.")]
    [InlineData("Key Figures                 Dates          Contribution\nIsaac Newton                1643-1727      Universal gravitation\n")]
    [InlineData("Name\tStorage Size\tDescription\n\"char\"\t1 byte\tsingle-byte internal type\n")]
    [InlineData("sqlite> SELECT * FROM track;\n14\tMr. Bojangles\t0\n")]
    public void Scan_CapitalisedWordsWithoutEvidence_NoPerson(string text) =>
        Assert.DoesNotContain(Scan.Findings(text), f => f.EntityType is PiiEntityTypes.Person or PiiEntityTypes.EducationRecord);

    [Theory]
    [InlineData("The first petition came from senior Rhiannon Pryce, who asks to count a summer course.", "Rhiannon Pryce")]
    [InlineData("A second student, Kiara Dawson (ID 901231180), was taken to the health center.", "Kiara Dawson")]
    [InlineData("This excerpt was prepared for the hearing of Ryan Castellano (NetID rcastel4).", "Ryan Castellano")]
    [InlineData("Respondent: Brandon Lefevre      Student ID: 901227345", "Brandon Lefevre")]
    [InlineData("Group A: Samantha Ortiz, Kevin Tran, Aaliyah Johnson", "Aaliyah Johnson")]
    [InlineData("Student of concern: Jasmine Whitley", "Jasmine Whitley")]
    public void Scan_NameWithStudentEvidenceInProse_Person(string text, string name) =>
        Assert.Equal([PiiEntityTypes.Person], Scan.TypesOver(text, name));

    [Theory]
    [InlineData("Excellent contributions this week: Olga Ivanova earned 10/10 for her post.", "Olga Ivanova")]
    [InlineData("- Andre Lewis turned it in 2 days late; policy says 20% off, so 14/20.", "Andre Lewis")]
    [InlineData("Ngozi Eze - GPA 3.94, Chemistry", "Ngozi Eze")]
    public void Scan_NameWithGradeInSentence_EducationRecord(string text, string name) =>
        Assert.Equal([PiiEntityTypes.EducationRecord], Scan.TypesOver(text, name));

    [Fact]
    public void Scan_CanvasExport_NamesAndSisIdsAreEducationRecordsButLmsIdIsNot()
    {
        const string text = "Student,ID,SIS User ID,SIS Login ID,Section,Lab 1 (118204),Midterm (118231),Final Grade\n"
            + "\"Okafor, Chidinma\",50123,A00482913,cokafor2,CHEM 1210-003,9,84,B+\n";
        Assert.Equal([PiiEntityTypes.EducationRecord], Scan.TypesOver(text, "Okafor, Chidinma"));
        Assert.Equal([PiiEntityTypes.EducationRecord], Scan.TypesOver(text, "A00482913"));
        Assert.Empty(Scan.TypesOver(text, "50123"));
    }

    [Fact]
    public void Scan_MoodleExportWithSeparateNameColumns_BothCellsFound()
    {
        const string text = "First name\tSurname\tEmail address\tQuiz: Limits (Real)\tCourse total (Real)\n"
            + "Aisha\tMwangi\taisha.mwangi@students.ridgeview.edu\t8.00\t88.20\n";
        Assert.Equal([PiiEntityTypes.EducationRecord], Scan.TypesOver(text, "Aisha"));
        Assert.Equal([PiiEntityTypes.EducationRecord], Scan.TypesOver(text, "Mwangi"));
    }

    [Fact]
    public void Scan_GradeInLaterSentence_OnlyThatSentenceIsTheRecord()
    {
        const string text = "The student, Omar Haddad (ID 604417283), appeals the final grade in ECON 3010. Mr. Haddad received a C+ in it.";
        Assert.Equal([PiiEntityTypes.Person], Scan.TypesOver(text, "Omar Haddad"));
        var second = text.IndexOf("Haddad received", StringComparison.Ordinal);
        Assert.Contains(Scan.Findings(text), f => f.EntityType == PiiEntityTypes.EducationRecord && f.Start == second);
    }

    [Fact]
    public void Scan_SurnameRepeatedInProse_FoundAgain()
    {
        const string text = "Respondent: Brandon Lefevre\n\nStaff found fifteen residents. Lefevre identified himself as the host.";
        var findings = Scan.Findings(text);
        Assert.Equal(2, findings.Count(f => f.EntityType == PiiEntityTypes.Person));
    }

    [Fact]
    public void Scan_ExampleRowsInDocumentation_NoPerson()
    {
        const string text = "username,password,firstname,lastname,email,course1\njonest,Passw0rd!,Tom,Jones,tom.jones@example.com,math102\n";
        Assert.Equal(PiiVerdict.Clean, PiiScanner.Scan(text).Verdict);
    }
}
