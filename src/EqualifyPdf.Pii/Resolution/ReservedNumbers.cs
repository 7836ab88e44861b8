using System.Net;
using System.Net.Sockets;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Numbers that by rule identify nobody: ranges reserved for documentation and fiction (RFC 5737/3849 addresses, the
/// 555-01xx and national drama phone ranges), published test card numbers and IBANs, well-known constants (INT_MAX,
/// UINT_MAX, round epoch seconds), and addresses that never point at a person (loopback, multicast, netmasks).
/// </summary>
internal static class ReservedNumbers
{
    // Test numbers the card networks and payment providers publish for developers.
    private static readonly HashSet<string> TestCards =
    [
        "4242424242424242", "4000056655665556", "4000000000000002", "4000000000009995", "4111111111111111",
        "4012888888881881", "4222222222222", "5555555555554444", "5105105105105100", "5200828282828210",
        "2223003122003222", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
        "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005",
    ];

    // IBANs printed as examples by the registry (SWIFT) and banks' documentation.
    private static readonly HashSet<string> DocumentationIbans =
        ["DE89370400440532013000", "GB29NWBK60161331926819", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300"];

    // INT_MAX, UINT_MAX, INT_MIN's magnitude, their 64-bit versions and 2^31, 2^32.
    private static readonly HashSet<string> Constants =
        ["2147483647", "2147483648", "4294967295", "4294967296", "9223372036854775807", "18446744073709551615", "65535", "65536"];

    /// <summary>
    /// Whether a phone number is in a range reserved for fiction and documentation: NANP 555-0100…0199, the UK's
    /// Ofcom drama ranges (020 7946 0xxx, 0113 496 0xxx, 07700 900xxx …) and Australia's 0491 570 xxx.
    /// </summary>
    public static bool IsFictionPhone(ReadOnlySpan<char> raw)
    {
        Span<char> digits = stackalloc char[24];
        var n = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c) && n < digits.Length)
            {
                digits[n++] = c;
            }
        }

        var d = digits[..n];
        if (d.Length >= 10 && d[^7..^4].SequenceEqual("555") && d[^4..^2].SequenceEqual("01"))
        {
            return true;
        }

        // Strip a country code or trunk zero to get the national number.
        var national = d.StartsWith("44") ? d[2..] : d.StartsWith("61") ? d[2..] : d.StartsWith("0") ? d[1..] : d;
        return national.StartsWith("2079460") || national.StartsWith("1134960") || national.StartsWith("1144960")
            || national.StartsWith("1154960") || national.StartsWith("1174960") || national.StartsWith("1184960")
            || national.StartsWith("1214960") || national.StartsWith("1314960") || national.StartsWith("1414960")
            || national.StartsWith("1514960") || national.StartsWith("1614960") || national.StartsWith("2890180")
            || national.StartsWith("29018") || national.StartsWith("7700900") || national.StartsWith("8081570")
            || national.StartsWith("9098790") || national.StartsWith("491570") || national.StartsWith("255501")
            || national.StartsWith("370100") || national.StartsWith("755501") || national.StartsWith("855501");
    }

    /// <summary>Whether a digit string is a well-known constant: INT_MAX and friends, or a round Unix time.</summary>
    public static bool IsWellKnownConstant(ReadOnlySpan<char> raw)
    {
        Span<char> digits = stackalloc char[24];
        var n = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return false;
                }

                digits[n++] = c;
            }
            else if (c is not ('-' or ' ' or '.' or ',' or '(' or ')' or '+'))
            {
                return false;
            }
        }

        var d = digits[..n];
        // Epoch seconds people quote are round: 1000000000, 1234567890, 1700000000.
        var roundEpoch = d.Length == 10 && (d[0] == '1' || d[0] == '2') && d[2..].IndexOfAnyExcept('0') < 0;
        return Constants.GetAlternateLookup<ReadOnlySpan<char>>().Contains(d) || roundEpoch || d.SequenceEqual("1234567890");
    }

    /// <summary>Whether a card number (any separators) is a published test number.</summary>
    public static bool IsTestCard(ReadOnlySpan<char> raw) => TestCards.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Compact(raw));

    /// <summary>Whether an IBAN (any spacing) is a published documentation example.</summary>
    public static bool IsDocumentationIban(ReadOnlySpan<char> raw) =>
        DocumentationIbans.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Compact(raw).ToUpperInvariant());

    /// <summary>
    /// Addresses that never identify a person: documentation (RFC 5737, RFC 3849), loopback, unspecified,
    /// broadcast, multicast, netmasks, and the public resolvers every tutorial quotes.
    /// </summary>
    public static bool IsNeverPersonal(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast) || address.IsIPv6Multicast)
        {
            return true;
        }

        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8;
        }

        var value = (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
        var isNetmask = b[0] == 255 && (~value & (~value + 1)) == 0;
        return (b[0] == 192 && b[1] == 0 && b[2] == 2) || (b[0] == 198 && b[1] == 51 && b[2] == 100)
            || (b[0] == 203 && b[1] == 0 && b[2] == 113) || b[0] == 0 || (b[0] >= 224 && b[0] <= 239) || isNetmask
            || value is 0x08080808 or 0x08080404 or 0x01010101 or 0x01000001 or 0x09090909 or 0xD043DEDE or 0xD043DCDC;
    }

    /// <summary>Private (RFC 1918, RFC 4193, CGNAT) and link-local addresses: personal only in a document about someone.</summary>
    public static bool IsLocalNetwork(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork
            ? b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254)
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            : (b[0] & 0xfe) == 0xfc || (b[0] == 0xfe && (b[1] & 0xc0) == 0x80);
    }

    private static string Compact(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = stackalloc char[48];
        var n = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiLetterOrDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
