namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Student record forms: advising, financial aid, international enrolment, payment and emergency contacts.</summary>
public static class StudentFormGenerator
{
    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var w = new DocumentWriter();
        var (first, last) = people.Name();
        var kind = index % 5;
        w.Line(kind switch
        {
            0 => "ACADEMIC ADVISING RECORD",
            1 => "FINANCIAL AID DIRECT DEPOSIT AUTHORIZATION",
            2 => "INTERNATIONAL STUDENT ENROLMENT FORM",
            3 => "TUITION PAYMENT AUTHORIZATION",
            _ => "EMERGENCY CONTACT INFORMATION",
        });
        w.Line($"Office of the Registrar - {people.Pick(CourseCatalog.Terms)}");
        w.Line();
        w.Text(people.Pick(new[] { "Student Name: ", "Name: ", "Student: " })).Value(PiiEntityTypes.Person, people.Chance(20) ? $"{last}, {first}" : $"{first} {last}").Line();
        w.Text(people.Pick(new[] { "UIN: ", "Student ID: ", "Student ID #: " })).Value(PiiEntityTypes.StudentId, people.StudentId()).Line();
        w.Text(people.Pick(new[] { "Date of Birth: ", "DOB: ", "Birth date: " })).Value(PiiEntityTypes.DateOfBirth, numbers.BirthDate()).Line();
        switch (kind)
        {
            case 0:
                var (aFirst, aLast) = people.Name();
                w.Text("Email: ").Value(PiiEntityTypes.EmailAddress, people.StudentEmail(first, last)).Line();
                w.Text("Cell: ").Value(PiiEntityTypes.PhoneNumber, numbers.Phone()).Line();
                w.Text("Advisor: Dr. ").Value(PiiEntityTypes.StaffContact, $"{aFirst} {aLast}").Line();
                w.Line($"Cumulative GPA 3.{people.Random.Next(0, 99):D2}; {people.Random.Next(30, 120)} credit hours; standing: good.");
                w.Line("Notes: discussed switching majors; follow up after midterms.");
                break;
            case 1:
                w.Text("SSN: ").Value(PiiEntityTypes.UsSsn, numbers.Ssn(people.Chance(80) ? "-" : " ")).Line();
                w.Text("Mailing address: ").Value(PiiEntityTypes.Address, numbers.Address(true)).Line();
                w.Line($"Bank routing number: 0{numbers.Digits(8)}");
                w.Text("Checking account number: ").Value(PiiEntityTypes.UsBankNumber, numbers.BankAccount()).Line();
                w.Line($"Refund amount: ${people.Random.Next(100, 5000)}.00 to be deposited within 5 business days.");
                break;
            case 2:
                w.Text("Passport number: ").Value(PiiEntityTypes.UsPassport, numbers.Passport()).Line();
                w.Text("ITIN: ").Value(PiiEntityTypes.UsItin, numbers.Itin()).Line();
                w.Text("Home bank IBAN: ").Value(PiiEntityTypes.IbanCode, numbers.Iban()).Line();
                w.Text("Local address: ").Value(PiiEntityTypes.Address, numbers.Address(people.Chance(70))).Line();
                w.Text("Email: ").Value(PiiEntityTypes.EmailAddress, people.StudentEmail(first, last)).Line();
                break;
            case 3:
                w.Text("Card number: ").Value(PiiEntityTypes.CreditCard, numbers.CreditCard()).Line($"   Exp: {people.Random.Next(1, 13):D2}/{people.Random.Next(26, 31)}");
                w.Text("Billing address: ").Value(PiiEntityTypes.Address, numbers.Address(true)).Line();
                w.Text("Phone: ").Value(PiiEntityTypes.PhoneNumber, numbers.Phone()).Line();
                w.Line($"Amount authorized: ${people.Random.Next(500, 9000)}.00 for {people.Pick(CourseCatalog.Terms)} tuition.");
                break;
            default:
                var (eFirst, eLast) = people.Name();
                w.Text("Emergency contact: ").Value(PiiEntityTypes.Person, $"{eFirst} {eLast}").Line($" ({people.Pick(new[] { "mother", "father", "spouse", "guardian", "sibling" })})");
                w.Text("Contact phone: ").Value(PiiEntityTypes.PhoneNumber, numbers.Phone()).Line();
                w.Text("Home address: ").Value(PiiEntityTypes.Address, numbers.Address(true)).Line();
                break;
        }

        w.Line();
        w.Line("This record is protected under FERPA (20 U.S.C. 1232g). Retain for 5 years.");
        return w.Build($"form-{index:D3}", "student-form");
    }
}
