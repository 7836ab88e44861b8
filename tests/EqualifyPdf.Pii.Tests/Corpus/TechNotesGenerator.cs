namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Technical notes: example IPs from documentation ranges, versions, GUIDs, file names, and real log addresses.</summary>
public static class TechNotesGenerator
{
    public static LabelledDocument Generate(int index, FakePeople people, FakeNumbers numbers)
    {
        var random = people.Random;
        var w = new DocumentWriter();
        w.Line($"LAB {random.Next(1, 12)}: NETWORK CONFIGURATION AND LOGGING");
        w.Line();
        w.Line($"Install Python {random.Next(3, 4)}.{random.Next(8, 13)}.{random.Next(0, 10)} and Wireshark {random.Next(3, 5)}.{random.Next(0, 7)}.{random.Next(0, 20)}; Windows build 10.0.{random.Next(17000, 22631)}.{random.Next(1000, 4000)} is fine.");
        w.Line($"Configure the client as 192.0.2.{random.Next(1, 255)} and the gateway as 198.51.100.{random.Next(1, 255)}; localhost is 127.0.0.1.");
        w.Line($"The lab subnet is 10.{random.Next(0, 255)}.0.0/16; your VM gets 192.168.{random.Next(0, 255)}.{random.Next(2, 254)} by DHCP.");
        w.Line($"IPv6 examples use 2001:db8::{random.Next(1, 999):x} and the loopback ::1.");
        w.Line($"Save the capture as capture_{random.Next(2020, 2026)}{random.Next(1, 13):D2}{random.Next(1, 29):D2}_{numbers.Digits(6)}.pcapng.csv and submit lab{random.Next(1, 12)}_report.pdf.");
        w.Line($"Session id {Guid(numbers)} identifies your run.");
        w.Line();
        w.Line("Excerpt from last term's incident (addresses are real, keep this page internal):");
        for (var i = 0; i < random.Next(1, 5); i++)
        {
            var ts = $"2025-{random.Next(1, 13):D2}-{random.Next(1, 29):D2} {random.Next(0, 24):D2}:{random.Next(0, 60):D2}:{random.Next(0, 60):D2}";
            w.Text($"{ts} sshd[{random.Next(1000, 99999)}]: Failed password for invalid user admin from ").Value(PiiEntityTypes.IpAddress, numbers.PublicIp()).Line($" port {random.Next(1024, 65535)}");
        }

        if (people.Chance(40))
        {
            w.Text("Also seen over IPv6 from ").Value(PiiEntityTypes.IpAddress, $"2607:f8b0:{random.Next(4000, 5000):x}:{random.Next(1, 999):x}::{random.Next(1, 4096):x}").Line(".");
        }

        return w.Build($"technotes-{index:D3}", "tech-notes");
    }

    private static string Guid(FakeNumbers numbers)
    {
        var hex = string.Concat(numbers.Digits(32).Select((c, i) => i % 3 == 0 ? (char)('a' + (c - '0') % 6) : c));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
