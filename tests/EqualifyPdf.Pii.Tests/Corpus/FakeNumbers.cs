namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Seeded fake identifiers that pass the real validity rules (phone plans, SSN ranges, Luhn, mod-97).</summary>
public sealed class FakeNumbers(Random random)
{
    private static readonly string[] AreaCodes = ["212", "312", "415", "617", "206", "303", "512", "404", "919", "734", "801", "612", "215", "503", "720"];
    private static readonly string[] Streets = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Park", "Lake", "Hillcrest", "Sunset", "Jefferson", "Willow", "Church", "River", "Highland"];
    private static readonly string[] Suffixes = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Lane", "Drive", "Court", "Way", "Place"];
    private static readonly string[] Cities = ["Springfield", "Madison", "Ann Arbor", "Boulder", "Austin", "Columbus", "Salem", "Fairview", "Lakewood", "Georgetown"];
    private static readonly string[] States = ["IL", "WI", "MI", "CO", "TX", "OH", "OR", "CA", "NY", "WA"];

    public string Phone()
    {
        var area = AreaCodes[random.Next(AreaCodes.Length)];
        var exchange = random.Next(201, 990);
        if (exchange % 100 == 11 || exchange == 555)
        {
            exchange++;
        }

        var line = random.Next(0, 10_000).ToString("D4");
        return random.Next(5) switch
        {
            0 => $"({area}) {exchange}-{line}",
            1 => $"{area}-{exchange}-{line}",
            2 => $"{area}.{exchange}.{line}",
            3 => $"+1 {area} {exchange} {line}",
            _ => $"({area}) {exchange}-{line}",
        };
    }

    public string Ssn(string delimiter = "-")
    {
        int area;
        do
        {
            area = random.Next(1, 900);
        }
        while (area == 666);
        return $"{area:D3}{delimiter}{random.Next(1, 100):D2}{delimiter}{random.Next(1, 10_000):D4}";
    }

    public string Itin() => $"9{random.Next(0, 100):D2}-{random.Next(70, 89)}-{random.Next(0, 10_000):D4}";

    public string Passport() => random.Next(2) == 0 ? random.Next(100_000_000, 999_999_999).ToString() : $"{(char)('A' + random.Next(26))}{random.Next(10_000_000, 99_999_999)}";

    public string BankAccount() => string.Concat(Enumerable.Range(0, random.Next(8, 15)).Select(i => i == 0 ? (char)('1' + random.Next(9)) : (char)('0' + random.Next(10))));

    public string CreditCard()
    {
        var (prefix, length) = random.Next(4) switch { 0 => ("4", 16), 1 => ("5" + random.Next(1, 6), 16), 2 => ("37", 15), _ => ("6011", 16) };
        var digits = prefix + string.Concat(Enumerable.Range(0, length - prefix.Length - 1).Select(_ => (char)('0' + random.Next(10))));
        for (var check = 0; check < 10; check++)
        {
            if (EqualifyPdf.Pii.Recognizers.CreditCardRecognizer.PassesLuhn(digits + check))
            {
                digits += check;
                break;
            }
        }

        if (length == 15)
        {
            return $"{digits[..4]} {digits[4..10]} {digits[10..]}";
        }

        var sep = random.Next(3) switch { 0 => " ", 1 => "-", _ => string.Empty };
        return string.Join(sep, digits.Chunk(4).Select(c => new string(c)));
    }

    public string Iban()
    {
        var (country, length) = random.Next(4) switch { 0 => ("DE", 22), 1 => ("GB", 22), 2 => ("FR", 27), _ => ("NL", 18) };
        var bban = country == "GB" ? "WEST" + Digits(length - 8) : country == "NL" ? "ABNA" + Digits(length - 8) : Digits(length - 4);
        var numeric = string.Concat((bban + country + "00").Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString() : c.ToString()));
        var check = 98 - (int)(System.Numerics.BigInteger.Parse(numeric) % 97);
        var iban = $"{country}{check:D2}{bban}";
        return string.Join(" ", iban.Chunk(4).Select(c => new string(c)));
    }

    public string Address(bool withCity)
    {
        var street = $"{random.Next(1, 9999)} {Streets[random.Next(Streets.Length)]} {Suffixes[random.Next(Suffixes.Length)]}";
        if (random.Next(4) == 0)
        {
            street += $", Apt {random.Next(1, 40)}{(char)('A' + random.Next(4))}";
        }

        return withCity ? $"{street}, {Cities[random.Next(Cities.Length)]}, {States[random.Next(States.Length)]} {random.Next(10_000, 99_999)}" : street;
    }

    public string BirthDate()
    {
        var date = new DateOnly(random.Next(1985, 2008), random.Next(1, 13), random.Next(1, 29));
        return random.Next(4) switch
        {
            0 => date.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            2 => date.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture),
            _ => date.ToString("M/d/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public string PublicIp()
    {
        // Skip loopback and the private first octets: only routable addresses identify someone.
        int first;
        do
        {
            first = random.Next(11, 223);
        }
        while (first is 127 or 172 or 192 or 198 or 203);
        return $"{first}.{random.Next(0, 256)}.{random.Next(0, 256)}.{random.Next(1, 255)}";
    }

    public string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
}
