namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// The recognizers every scan runs. They are stateless, so one set serves all scans and threads. The table recognizer
/// runs first: the grade rows and non-student ID columns it marks on the page are read by the others.
/// </summary>
internal static class DefaultRecognizers
{
    public static IReadOnlyList<IPiiRecognizer> All { get; } =
    [
        new StudentTableRecognizer(), new EmailRecognizer(), new UrlRecognizer(), new PhoneRecognizer(), new SsnRecognizer(),
        new CreditCardRecognizer(), new IbanRecognizer(), new IpAddressRecognizer(), new UsItinRecognizer(),
        new UsPassportRecognizer(), new UsBankNumberRecognizer(), new DateOfBirthRecognizer(),
        new StudentIdRecognizer(), new AddressRecognizer(), new PersonRecognizer(),
    ];
}
