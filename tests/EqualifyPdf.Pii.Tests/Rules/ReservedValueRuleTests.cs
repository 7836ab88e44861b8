using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Recognizers;

namespace EqualifyPdf.Pii.Tests.Rules;

/// <summary>Issue 8, rule 1: names and numbers reserved for documentation, fiction and constants are not PII.</summary>
public sealed class ReservedValueRuleTests
{
    [Theory]
    [InlineData("Write to alice@example.com for access.")]
    [InlineData("Set user.email to jdoe@mail.example.net in .gitconfig.")]
    [InlineData("Reply-To: bob@lists.example.org")]
    [InlineData("Send it to carol@school.example, dave@host.test or eve@nowhere.invalid.")]
    [InlineData("The daemon mails root@myhost.localhost on failure.")]
    public void Scan_ReservedDomainEmail_NotReported(string text) =>
        Assert.DoesNotContain(Scan.Findings(text), f => f.EntityType == PiiEntityTypes.EmailAddress);

    [Theory]
    [InlineData("Write to alice@lakeshore.edu for access.", "alice@lakeshore.edu")]
    [InlineData("Student email: jdoe@mail.example.edu", "jdoe@mail.example.edu")] // example.edu is not reserved
    public void Scan_OrdinaryDomainEmail_Reported(string text, string email) =>
        Assert.Contains(PiiEntityTypes.EmailAddress, Scan.TypesOver(text, email));

    [Theory]
    [InlineData("Configure the client as 192.0.2.17 and the gateway as 198.51.100.1; the server is 203.0.113.9.")]
    [InlineData("Use 2001:db8::8a2e:370:7334 for the IPv6 example.")]
    [InlineData("Loopback is 127.0.0.1 and 127.0.1.1 in /etc/hosts; ::1 for IPv6.")]
    [InlineData("mDNS uses 224.0.0.251 and ff02::fb; all nodes are ff02::1; the netmask is 255.255.240.0.")]
    [InlineData("Your VM gets 192.168.56.101 by DHCP; the lab subnet is 10.20.0.0/16; link-local is 169.254.12.7 or fe80::1.")]
    [InlineData("See Section 4.8.3.1 and Section 6.4.2.1 for the grammar.")]
    public void Scan_DocumentationLoopbackPrivateMulticastOrSectionNumber_NoIpAddress(string text) =>
        Assert.DoesNotContain(Scan.Findings(text), f => f.EntityType == PiiEntityTypes.IpAddress && f.TriggersReview);

    [Theory]
    [InlineData("Call (312) 555-0143 for the demo account.")]
    [InlineData("In the play she rings 555-0199.")]
    [InlineData("The UK drama number is +44 20 7946 0958.")]
    public void Scan_FictionPhoneNumber_NotReported(string text) =>
        Assert.DoesNotContain(Scan.Findings(text), f => f.EntityType == PiiEntityTypes.PhoneNumber);

    [Theory]
    [InlineData("Jane Q. Student\n123 Main Street\nAnytown, ST 12345\n")]
    [InlineData("Mail it to 456 Oak Avenue, Springfield, ST 67890.")]
    public void Scan_TemplateAddress_NotReported(string text) =>
        Assert.DoesNotContain(Scan.Findings(text), f => f.EntityType == PiiEntityTypes.Address);

    [Fact]
    public void Scan_PhoneOutsideFictionRange_Reported() =>
        Assert.Contains(PiiEntityTypes.PhoneNumber, Scan.TypesOver("Call (312) 555-0243 for the demo account.", "(312) 555-0243"));

    [Theory]
    [InlineData("INT_MAX is 2147483647 and UINT_MAX is 4294967295.")]
    [InlineData("A signed time_t overflows after 2147483647 seconds; 1700000000 was reached in 2023.")]
    [InlineData("Ports run from 0 to 65535; PostgreSQL listens on 5432 and the demo on 8080.")]
    [InlineData("Test cards: 4242 4242 4242 4242 and 4111 1111 1111 1111; test IBAN DE89 3704 0044 0532 0130 00.")]
    public void Scan_WellKnownConstant_Clean(string text) =>
        Assert.Equal(PiiVerdict.Clean, PiiScanner.Scan(text).Verdict);

    [Theory]
    [InlineData("Questions go to help@it.lakeshore.edu or registrar@lakeshore.edu.")]
    [InlineData("Automated mail comes from noreply@lakeshore.edu; report phishing to phish@lakeshore.edu.")]
    [InlineData("The main list is R-help@R-project.org; subscribe through R-help-request@r-project.org.")]
    [InlineData("Development happens on libfoo-devel@lists.sourceforge.net.")]
    [InlineData("Send bug reports to bug-gawk@gnu.org; announcements go to info-gnu@gnu.org.")]
    public void Scan_RoleOrListMailbox_Clean(string text) =>
        Assert.Equal(PiiVerdict.Clean, PiiScanner.Scan(text).Verdict);

    [Fact]
    public void Scan_PersonalMailboxBesideRoleMailbox_OnlyPersonalReported()
    {
        var report = PiiScanner.Scan("Student: write to help@lakeshore.edu, or to me at tnguyen4@lakeshore.edu.");
        Assert.Equal("t***@lakeshore.edu", Assert.Single(report.Findings, f => f.EntityType == PiiEntityTypes.EmailAddress).Snippet);
    }
}
