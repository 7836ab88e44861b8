namespace EqualifyPdf.Pii.Resolution;

/// <summary>The short reason shown to reviewers for a finding whose recognizer gave no more specific one.</summary>
internal static class FindingReasons
{
    private static readonly Dictionary<string, string> ByType = new(StringComparer.Ordinal)
    {
        [PiiEntityTypes.EducationRecord] = "student name or ID next to a grade or score",
        [PiiEntityTypes.Person] = "student or other private person's name",
        [PiiEntityTypes.StudentId] = "student identifier",
        [PiiEntityTypes.EmailAddress] = "personal e-mail address (not staff, an office or an example)",
        [PiiEntityTypes.PhoneNumber] = "personal phone number (not staff or an office)",
        [PiiEntityTypes.Address] = "street address of a person",
        [PiiEntityTypes.DateOfBirth] = "date of birth",
        [PiiEntityTypes.UsSsn] = "social security number",
        [PiiEntityTypes.CreditCard] = "payment card number",
        [PiiEntityTypes.IbanCode] = "bank account number (IBAN)",
        [PiiEntityTypes.UsBankNumber] = "bank account number",
        [PiiEntityTypes.UsPassport] = "passport number",
        [PiiEntityTypes.UsItin] = "taxpayer identification number",
        [PiiEntityTypes.IpAddress] = "IP address in a record about a person",
        [PiiEntityTypes.StaffContact] = "staff or office contact published for the course (informational)",
        [PiiEntityTypes.PublicAuthor] = "public author, maintainer or acknowledged person (informational)",
        [PiiEntityTypes.Url] = "web address (informational)",
    };

    public static string For(string entityType, string? specific) =>
        specific ?? ByType.GetValueOrDefault(entityType, entityType);
}
