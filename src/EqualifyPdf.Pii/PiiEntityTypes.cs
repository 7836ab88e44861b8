namespace EqualifyPdf.Pii;

/// <summary>The entity type names reported in <see cref="Model.PiiFinding.EntityType"/>.</summary>
public static class PiiEntityTypes
{
    /// <summary>An e-mail address with a valid domain shape.</summary>
    public const string EmailAddress = "EMAIL_ADDRESS";
    /// <summary>A telephone number valid for one of the configured regions.</summary>
    public const string PhoneNumber = "PHONE_NUMBER";
    /// <summary>A US social security number outside the published invalid ranges.</summary>
    public const string UsSsn = "US_SSN";
    /// <summary>A payment card number that passes the Luhn check.</summary>
    public const string CreditCard = "CREDIT_CARD";
    /// <summary>An IBAN with a valid country length and mod-97 check.</summary>
    public const string IbanCode = "IBAN_CODE";
    /// <summary>An IPv4 or IPv6 address outside the documentation and loopback ranges.</summary>
    public const string IpAddress = "IP_ADDRESS";
    /// <summary>A US individual taxpayer identification number (reported only with context).</summary>
    public const string UsItin = "US_ITIN";
    /// <summary>A US passport number (reported only with context).</summary>
    public const string UsPassport = "US_PASSPORT";
    /// <summary>A US bank account number (reported only with context).</summary>
    public const string UsBankNumber = "US_BANK_NUMBER";
    /// <summary>A date next to birth context (DOB, born, date of birth).</summary>
    public const string DateOfBirth = "DATE_OF_BIRTH";
    /// <summary>A university student identifier, including partial identifiers next to grades.</summary>
    public const string StudentId = "STUDENT_ID";
    /// <summary>A street address.</summary>
    public const string Address = "ADDRESS";
    /// <summary>A person's name.</summary>
    public const string Person = "PERSON";
    /// <summary>Instructor or staff contact details in a syllabus; not sent to review by default.</summary>
    public const string StaffContact = "STAFF_CONTACT";
    /// <summary>A person or student identifier on the same row as a grade or score: the strongest signal.</summary>
    public const string EducationRecord = "EDUCATION_RECORD";
    /// <summary>A web address; not sent to review by default.</summary>
    public const string Url = "URL";
    /// <summary>
    /// A name or address in public authorship (byline, author list, copyright or licence line, acknowledgements,
    /// "written by" / "maintained by", changelog signature); informational, not sent to review by default.
    /// </summary>
    public const string PublicAuthor = "PUBLIC_AUTHOR";

    /// <summary>Every entity type the scanner can report.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        EmailAddress, PhoneNumber, UsSsn, CreditCard, IbanCode, IpAddress, UsItin, UsPassport, UsBankNumber,
        DateOfBirth, StudentId, Address, Person, StaffContact, EducationRecord, Url, PublicAuthor,
    ];
}
