namespace EqualifyPdf.Pii.Tests.Recognizers;

public sealed class ContactRecognizerTests
{
    [Theory]
    [InlineData("maria.garcia@example.edu")]
    [InlineData("wchen42+cs341@students.example.edu")]
    [InlineData("o.okafor@mail.co.uk")]
    public void Scan_PersonalEmail_ReportsEmailAddress(string email) =>
        Assert.Equal([PiiEntityTypes.EmailAddress], Scan.TypesOver($"Contact {email} today.", email));

    [Theory]
    [InlineData("user@localhost")] // no top-level domain
    [InlineData("help@example.edu")] // an office's mailbox, not a person's
    [InlineData("see @mentions in chat")]
    public void Scan_NotAPersonalEmail_ReportsNothing(string text) => Assert.Empty(Scan.Findings(text));

    [Theory]
    [InlineData("(312) 874-0198")]
    [InlineData("312-867-5309")]
    [InlineData("+1 415 867 5309")]
    [InlineData("+44 20 7183 0123")]
    public void Scan_ValidPhone_ReportsPhoneNumber(string phone) =>
        Assert.Equal([PiiEntityTypes.PhoneNumber], Scan.TypesOver($"Call {phone} after 5.", phone));

    [Theory]
    [InlineData("Order no. 2025312867530944 shipped.")] // inside a longer run
    [InlineData("ISBN 978-0-262-03384-8")]
    [InlineData("2025-06-14 09:41:21 sshd[7807]: started")]
    [InlineData("Failed login from 201.47.198.96 port 22")]
    [InlineData("Call 867-5309")] // no area code: not valid under VALID leniency
    public void Scan_PhoneShapedTrap_ReportsNoPhone(string text) =>
        Assert.DoesNotContain(PiiEntityTypes.PhoneNumber, Scan.Findings(text).Select(f => f.EntityType));

    [Fact]
    public void Scan_OtherRegionConfigured_FindsNationalFormat()
    {
        const string text = "Ring 020 7183 0123 tomorrow.";
        Assert.DoesNotContain(PiiEntityTypes.PhoneNumber, Scan.Findings(text).Select(f => f.EntityType));
        Assert.Contains(PiiEntityTypes.PhoneNumber, Scan.Findings(text, new PiiOptions { PhoneRegions = ["US", "GB"] }).Select(f => f.EntityType));
    }

    [Theory]
    [InlineData("Mailing address: 742 Evergreen Terrace, Springfield, IL 62704")]
    [InlineData("Lives at 1600 N Lake Shore Drive, Apt 12B")]
    public void Scan_StreetAddress_ReportsAddress(string text) =>
        Assert.Contains(PiiEntityTypes.Address, Scan.Findings(text).Select(f => f.EntityType));

    [Fact]
    public void Scan_RoomAndBuilding_ReportsNoAddress() =>
        Assert.Empty(Scan.Findings("Office: Siebel Center 2124; lab in Room 1404, Everitt Lab."));
}
