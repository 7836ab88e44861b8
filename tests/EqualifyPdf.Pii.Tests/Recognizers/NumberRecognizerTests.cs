using EqualifyPdf.Pii.Recognizers;

namespace EqualifyPdf.Pii.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("SSN: 536-22-8812")]
    [InlineData("Social Security number 536 22 8812")]
    [InlineData("SSN 536228812")]
    public void Scan_ValidSsnWithContext_ReportsUsSsn(string text) =>
        Assert.Equal([PiiEntityTypes.UsSsn], Scan.TypesOver(text, text[text.IndexOf('5')..]));

    [Theory]
    [InlineData("SSN: 000-22-8812")] // area 000
    [InlineData("SSN: 666-22-8812")] // area 666
    [InlineData("SSN: 912-22-8812")] // 9xx area belongs to ITINs
    [InlineData("SSN: 536-00-8812")] // group 00
    [InlineData("SSN: 536-22-0000")] // serial 0000
    [InlineData("SSN: 111-11-1111")] // one repeated digit
    [InlineData("SSN: 078-05-1120")] // the Woolworth wallet-card sample
    [InlineData("SSN: 536-22 8812")] // mixed delimiters
    public void Scan_InvalidSsn_ReportsNothing(string text) => Assert.Empty(Scan.Findings(text));

    [Fact]
    public void Scan_BareNineDigitsWithoutContext_ReportsNothing() =>
        Assert.Empty(Scan.Findings("The checksum of the archive is 536228812 today."));

    [Theory]
    [InlineData("4532 0187 3364 5197")]
    [InlineData("5500-0000-0000-0004")]
    [InlineData("371449221073414")]
    [InlineData("6011004431928767")]
    public void Scan_LuhnValidCard_ReportsCreditCard(string card) =>
        Assert.Equal([PiiEntityTypes.CreditCard], Scan.TypesOver($"Card number: {card} exp 04/28", card));

    [Theory]
    [InlineData("4111 1111 1111 1112")] // fails Luhn
    [InlineData("1234 5678 9012 3452")] // passes Luhn, no issuer prefix
    [InlineData("4379 8466 3487 6453 4072 53")] // head of a longer grouped run
    public void Scan_NotACard_ReportsNothing(string digits) =>
        Assert.DoesNotContain(PiiEntityTypes.CreditCard, Scan.Findings($"Tracking {digits} shipped").Select(f => f.EntityType));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("79927398713", true)]
    public void PassesLuhn_KnownNumbers_MatchesChecksum(string digits, bool expected) =>
        Assert.Equal(expected, CreditCardRecognizer.PassesLuhn(digits));

    [Theory]
    [InlineData("DE44 5001 0517 5407 3249 31")]
    [InlineData("GB89 WEST 1234 5612 3456 78")]
    [InlineData("NL61ABNA0563219874")]
    public void Scan_ValidIban_ReportsIbanCode(string iban) =>
        Assert.Equal([PiiEntityTypes.IbanCode], Scan.TypesOver($"Wire to IBAN {iban} by Friday.", iban));

    [Theory]
    [InlineData("DE89370400440532013001", false)] // wrong check digits
    [InlineData("DE8937040044053201300", false)] // German IBANs are 22 long
    [InlineData("XX89370400440532013000", false)] // unknown country
    [InlineData("DE89370400440532013000", true)]
    public void IsValid_IbanVariants_ChecksCountryLengthAndMod97(string iban, bool expected) =>
        Assert.Equal(expected, IbanRecognizer.IsValid(iban));

    [Theory]
    [InlineData("Failed login from 73.154.22.9 port 22", "73.154.22.9")]
    [InlineData("Also seen from 2607:f8b0:4005:80a::200e today", "2607:f8b0:4005:80a::200e")]
    public void Scan_PublicIp_ReportsIpAddress(string text, string ip) =>
        Assert.Equal([PiiEntityTypes.IpAddress], Scan.TypesOver(text, ip));

    [Theory]
    [InlineData("Set the client to 192.0.2.15 and the gateway to 198.51.100.1.")]
    [InlineData("Your VM gets 192.168.4.20; localhost is 127.0.0.1; docs use 2001:db8::1.")]
    [InlineData("Upgrade to version 1.2.3.4 before the lab.")]
    [InlineData("Meet at 10:30:45 in the lab.")]
    public void Scan_NonIdentifyingAddressesAndVersions_ReportsNothing(string text) => Assert.Empty(Scan.Findings(text));
}
