namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// The recognizers every scan runs. They are stateless, so one set serves all scans and threads. The table recognizer
/// runs before the person recognizer: the grade rows it marks are evidence for names found in prose.
/// </summary>
internal static class DefaultRecognizers
{
    public static IReadOnlyList<IPiiRecognizer> All { get; } =
    [
        new EmailRecognizer(), new UrlRecognizer(), new PhoneRecognizer(), new SsnRecognizer(),
        new CreditCardRecognizer(), new IbanRecognizer(), new IpAddressRecognizer(), new UsItinRecognizer(),
        new UsPassportRecognizer(), new UsBankNumberRecognizer(), new DateOfBirthRecognizer(),
        new StudentIdRecognizer(), new AddressRecognizer(), new StudentTableRecognizer(), new PersonRecognizer(),
    ];
}
