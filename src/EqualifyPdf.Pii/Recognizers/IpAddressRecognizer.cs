using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Resolution;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// IPv4 and IPv6 addresses. Loopback, unspecified, multicast, netmasks and documentation ranges (RFC 5737, RFC 3849)
/// identify nobody, and dotted numbers after "version" or "build" are releases, so those score low; private and
/// link-local addresses (RFC 1918, RFC 4193) are held for <see cref="Resolution.NetworkContextResolver"/>.
/// </summary>
internal sealed partial class IpAddressRecognizer : IPiiRecognizer
{
    private const double Score = 0.6;
    private const double NonIdentifyingScore = 0.1;
    // Above the drop line but below the threshold: NetworkContextResolver raises or lowers it.
    internal const double LocalScore = 0.45;
    internal const string LocalReason = "local-network";

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

        // Documentation, loopback, multicast and netmasks never identify anyone; whether any other address does
        // depends on what the document is about, which NetworkContextResolver decides once people are found.
        var score = ReservedNumbers.IsNeverPersonal(address) || VersionContext.Before(page.Text, index, 2) ? NonIdentifyingScore
            : ReservedNumbers.IsLocalNetwork(address) ? LocalScore : Score;
        var reason = score == LocalScore ? LocalReason : null;
        output.Add(new Candidate(PiiEntityTypes.IpAddress, index, index + length, score, reason));
    }

    [GeneratedRegex(@"(?<![\w.\-])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w\-]|\.\d)")]
    private static partial Regex IPv4();
}
