namespace EqualifyPdf.Pii.Tests.Recognizers;

public sealed class ContextRecognizerTests
{
    [Theory]
    [InlineData("ITIN: 912-78-1234", PiiEntityTypes.UsItin)]
    [InlineData("Passport number: 512345678", PiiEntityTypes.UsPassport)]
    [InlineData("Checking account number: 00123456789", PiiEntityTypes.UsBankNumber)]
    [InlineData("Date of birth: 03/14/2001", PiiEntityTypes.DateOfBirth)]
    [InlineData("She was born March 14, 2001 in Ohio.", PiiEntityTypes.DateOfBirth)]
    [InlineData("UIN: 654321987", PiiEntityTypes.StudentId)]
    [InlineData("Student ID 654321987", PiiEntityTypes.StudentId)]
    public void Scan_ValueWithContext_ReportsType(string text, string expected) =>
        Assert.Contains(expected, Scan.Findings(text).Select(f => f.EntityType));

    [Theory]
    [InlineData("Reference 912-78-1234 in the appendix.")]
    [InlineData("Lot 512345678 was recalled.")]
    [InlineData("Population 00123456789 estimated.")]
    [InlineData("Homework due 03/14/2026 at noon.")]
    [InlineData("Sample size 654321987 in the simulation.")]
    [InlineData("Bank routing number: 021000021")]
    public void Scan_SameValueWithoutContext_ReportsNothing(string text) => Assert.Empty(Scan.Findings(text));

    [Fact]
    public void Scan_ContextWordInsideLongerWord_DoesNotCount()
    {
        // "passports" and "dobbin" contain context words only as substrings.
        Assert.Empty(Scan.Findings("Passportsize photo, 512345678 copies."));
        Assert.Empty(Scan.Findings("Dobbin 03/14/2001 report."));
    }

    [Fact]
    public void Scan_ContextTooFarBefore_DoesNotCount() =>
        Assert.Empty(Scan.Findings("Passport office hours are posted near the main lobby entrance on 512345678"));

    [Fact]
    public void Scan_RosterColumnHeader_GivesContextToRows()
    {
        const string text = "Name            UIN         Major\nMaria Garcia    654321987   Biology\nWei Chen        123498765   History\n";
        var findings = Scan.Findings(text);
        Assert.Equal(2, findings.Count(f => f.EntityType == PiiEntityTypes.StudentId));
        Assert.Equal(2, findings.Count(f => f.EntityType == PiiEntityTypes.Person));
    }

    [Fact]
    public void Scan_InstitutionPattern_ReplacesDefault()
    {
        var options = new PiiOptions { StudentIdPatterns = [@"\bA\d{8}\b"] };
        Assert.Contains(PiiEntityTypes.StudentId, Scan.TypesOver("Student ID: A01234567", "A01234567", options));
        Assert.DoesNotContain(Scan.Findings("Student ID: 654321987", options), f => f.EntityType == PiiEntityTypes.StudentId);
    }
}
