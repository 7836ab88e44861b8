namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>
/// Financial-aid and housing exports: tables whose only context is the column header (SSN, DOB, home address),
/// some with international phone numbers.
/// </summary>
public static class AidRosterGenerator
{
    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var w = new DocumentWriter();
        var housing = index % 2 == 1;
        w.Line(housing ? $"RESIDENCE HALL ASSIGNMENTS - {people.Pick(CourseCatalog.Terms).ToUpperInvariant()}" : $"SCHOLARSHIP DISBURSEMENT LIST - {people.Pick(CourseCatalog.Terms).ToUpperInvariant()}");
        w.Line("Confidential: Office of Student Financial Aid");
        w.Line();
        w.Line(housing
            ? "Name".PadRight(26) + "Date of Birth".PadRight(16) + "Home Address".PadRight(58) + "Phone"
            : "Name".PadRight(26) + "SSN".PadRight(14) + "DOB".PadRight(14) + "Award");
        for (var r = 0; r < people.Random.Next(6, 20); r++)
        {
            var (first, last) = people.Name();
            w.Cell(PiiEntityTypes.Person, people.Chance(50) ? $"{first} {last}" : $"{last}, {first}", 26);
            if (housing)
            {
                w.Cell(PiiEntityTypes.DateOfBirth, numbers.BirthDate(), 16);
                w.Cell(PiiEntityTypes.Address, numbers.Address(true), 58);
                w.Value(PiiEntityTypes.PhoneNumber, people.Chance(25) ? $"+44 20 7{people.Random.Next(100, 999)} {people.Random.Next(1000, 9999)}" : numbers.Phone()).Line();
            }
            else
            {
                w.Cell(PiiEntityTypes.UsSsn, numbers.Ssn(), 14);
                w.Cell(PiiEntityTypes.DateOfBirth, numbers.BirthDate(), 14);
                w.Line($"${people.Random.Next(5, 80) * 100:N0}");
            }
        }

        w.Line();
        w.Line($"Prepared {people.Pick(CourseCatalog.Months)} {people.Random.Next(1, 29)}, 2025. Do not forward.");
        return w.Build($"aid-{index:D3}", "aid-roster");
    }
}
