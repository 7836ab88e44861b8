using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// IPv4 and IPv6 addresses. Loopback, unspecified, private (RFC 1918, RFC 4193), link-local and documentation
/// ranges (RFC 5737, RFC 3849) identify nobody outside a lab network,
/// and dotted numbers after "version" or "build" are releases, so those score low.
/// </summary>
internal sealed partial class IpAddressRecognizer : IPiiRecognizer
{
    private const double Score = 0.6;
    private const double NonIdentifyingScore = 0.1;

    private static readonly ContextPhrases VersionContext = new("version", "release", "build", "ver", "v", "firmware", "sdk");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        foreach (var match in IPv4().EnumerateMatches(page.Text))
        {
            Add(page, match.Index, match.Length, output);
        }

        // IPv6 candidates grow out from each colon: a regex whose first character may be any hex digit would be
        // tried at nearly every letter of ordinary text.
        var text = page.Text;
        var scannedTo = 0;
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', Math.Max(colon + 1, scannedTo)))
        {
            var start = colon;
            while (start > 0 && (char.IsAsciiHexDigit(text[start - 1]) || text[start - 1] == ':'))
            {
                start--;
            }

            var end = colon + 1;
            while (end < text.Length && (char.IsAsciiHexDigit(text[end]) || text[end] == ':'))
            {
                end++;
            }

            scannedTo = end;
            var bounded = (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_'))
                && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_'));
            if (bounded && text.AsSpan(start, end - start).Count(':') >= 2)
            {
                Add(page, start, end - start, output);
            }
        }
    }

    private static void Add(PageText page, int index, int length, List<Candidate> output)
    {
        var value = page.Text.AsSpan(index, length);
        // Times such as 10:30:45 parse as nothing useful: a full IPv6 address has eight groups or a "::".
        if (!IPAddress.TryParse(value, out var address)
            || (address.AddressFamily == AddressFamily.InterNetworkV6 && !value.Contains("::", StringComparison.Ordinal) && value.Count(':') < 7))
        {
            return;
        }

        var score = IsNonIdentifying(address) || VersionContext.Before(page.Text, index, 2) ? NonIdentifyingScore : Score;
        output.Add(new Candidate(PiiEntityTypes.IpAddress, index, index + length, score));
    }

    internal static bool IsNonIdentifying(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        var b = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork
            ? (b[0] == 192 && b[1] == 0 && b[2] == 2) || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113) || b[0] == 0 || b[0] == 10
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254)
            : (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) || (b[0] & 0xfe) == 0xfc
                || (b[0] == 0xfe && (b[1] & 0xc0) == 0x80);
    }

    [GeneratedRegex(@"(?<![\w.\-])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w\-]|\.\d)")]
    private static partial Regex IPv4();
}
