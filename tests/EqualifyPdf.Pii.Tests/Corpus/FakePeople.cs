namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Seeded fake people: varied names (including O'Brien, McAllister, hyphenated), e-mails and student IDs.</summary>
public sealed class FakePeople(Random random)
{
    private static readonly string[] FirstNames =
    [
        "Maria", "James", "Aisha", "Wei", "Olivia", "Mateo", "Priya", "Noah", "Fatima", "Liam", "Sofia", "Ethan",
        "Chloe", "Diego", "Hannah", "Kwame", "Yuki", "Isabella", "Omar", "Grace", "Lucas", "Amara", "Benjamin",
        "Mei", "Jackson", "Leila", "Samuel", "Zoe", "Arjun", "Emily", "Carlos", "Nadia", "Tyler", "Ines", "Dmitri",
        "Rachel", "Hiroshi", "Abigail", "Kofi", "Lauren", "Santiago", "Ingrid", "Marcus", "Daniela", "Tomas",
        "Keisha", "Rafael", "Anika", "Connor", "Valentina", "Jamal", "Sienna", "Andre", "Elena", "Malik", "Freya",
        "Xavier", "Camila", "Rohan", "Brianna", "Nikolai", "Tessa", "Emeka", "Julia", "Hamza", "Madison", "Joon",
        "Alejandra", "Kieran", "Layla", "Stefan", "Ava", "Darius", "Mariam", "Elijah", "Paloma", "Seamus", "Nia",
    ];

    private static readonly string[] Surnames =
    [
        "Garcia", "Smith", "Nguyen", "Okafor", "Johnson", "Patel", "Kim", "Rodriguez", "Chen", "Williams", "Haddad",
        "Brown", "Kowalski", "Martinez", "Singh", "O'Brien", "Mensah", "Tanaka", "Lopez", "Anderson", "Ivanova",
        "McAllister", "Hernandez", "Nakamura", "Davis", "Mbeki", "Rossi", "Thompson", "Gonzalez", "Schmidt", "Ali",
        "Wilson", "Novak", "Moreau", "Taylor", "Oyelaran", "Larsen", "Moore", "Fernandez", "Jackson", "Petrov",
        "White", "Reyes", "Kaur", "Harris", "Cohen", "Sato", "Clark", "Mendoza", "Lewis", "Abara", "Walker", "Young",
        "Nguyen-Tran", "Allen", "Bianchi", "King", "Wright", "Castillo", "Scott", "Dubois", "Green", "Baker", "Adams",
        "Nelson", "Hill", "Ramirez", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner",
        "Torres", "Parker", "Collins", "Edwards", "Stewart", "Flores", "Morris", "Murphy", "Cook", "Rogers", "Morgan",
        "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Gomez", "Kelly", "Howard", "Ward", "Cox", "Diaz", "Wood",
        "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Price-Jones", "Alvarez", "Foster", "Zhang",
    ];

    private static readonly string[] StudentDomains = ["example.edu", "students.example.edu", "u.example.edu", "mail.example.edu", "gmail.com", "outlook.com"];
    private static readonly string[] StaffDomains = ["example.edu", "cs.example.edu", "math.example.edu", "bio.example.edu"];

    public Random Random => random;

    public (string First, string Last) Name() => (Pick(FirstNames), Pick(Surnames));

    public string FullName()
    {
        var (first, last) = Name();
        return random.Next(8) == 0 ? $"{first} {(char)('A' + random.Next(26))}. {last}" : $"{first} {last}";
    }

    public string StudentEmail(string first, string last)
    {
        var local = Plain(last).ToLowerInvariant();
        var f = Plain(first).ToLowerInvariant();
        return random.Next(4) switch
        {
            0 => $"{f}.{local}",
            1 => $"{f[0]}{local}{random.Next(1, 99)}",
            2 => $"{local}{f[0]}",
            _ => $"{f}{local[0]}{random.Next(10, 999)}",
        } + "@" + Pick(StudentDomains);
    }

    public string StaffEmail(string first, string last) =>
        $"{Plain(first).ToLowerInvariant()[0]}{Plain(last).ToLowerInvariant()}@{Pick(StaffDomains)}";

    public string StudentId() => random.Next(1, 10).ToString() + random.Next(0, 100_000_000).ToString("D8");

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(int percent) => random.Next(100) < percent;

    private static string Plain(string name) => new([.. name.Where(char.IsLetter)]);
}
