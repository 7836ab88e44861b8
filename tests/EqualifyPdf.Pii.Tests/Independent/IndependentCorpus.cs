using System.Text;
using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Tests.Corpus;

namespace EqualifyPdf.Pii.Tests.Independent;

/// <summary>
/// Reads tests/pii-corpus-independent: hand-written documents whose labels are written inline as
/// <c>{{CODE:value}}</c> (see the folder's README). Files named <c>c-*</c> hold no student data, <c>s-*</c> do.
/// </summary>
public static partial class IndependentCorpus
{
    /// <summary>Label codes used in the files and the entity types they stand for.</summary>
    public static IReadOnlyDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["P"] = PiiEntityTypes.Person,
        ["ER"] = PiiEntityTypes.EducationRecord,
        ["SID"] = PiiEntityTypes.StudentId,
        ["EM"] = PiiEntityTypes.EmailAddress,
        ["PH"] = PiiEntityTypes.PhoneNumber,
        ["AD"] = PiiEntityTypes.Address,
        ["DOB"] = PiiEntityTypes.DateOfBirth,
        ["IP"] = PiiEntityTypes.IpAddress,
        ["SSN"] = PiiEntityTypes.UsSsn,
        ["CC"] = PiiEntityTypes.CreditCard,
        ["IBAN"] = PiiEntityTypes.IbanCode,
        ["BANK"] = PiiEntityTypes.UsBankNumber,
        ["PASS"] = PiiEntityTypes.UsPassport,
        ["ITIN"] = PiiEntityTypes.UsItin,
        ["ST"] = PiiEntityTypes.StaffContact,
    };

    /// <summary>The corpus folder beside tests/pii-corpus.</summary>
    public static string Directory { get; } = Path.Combine(Path.GetDirectoryName(CorpusFiles.Directory)!, "pii-corpus-independent");

    /// <summary>Every document, ordered by name; <see cref="LabelledDocument.Kind"/> is "clean" or "student".</summary>
    public static IReadOnlyList<LabelledDocument> Load() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).Select(Read)];

    /// <summary>Parses one annotated file into its plain text and labels.</summary>
    public static LabelledDocument Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var kind = name.StartsWith("c-", StringComparison.Ordinal) ? "clean"
            : name.StartsWith("s-", StringComparison.Ordinal) ? "student"
            : throw new InvalidDataException($"{name}: file names start with c- (clean) or s- (student data)");
        var (text, labels) = Parse(File.ReadAllText(path));
        return new LabelledDocument(name, kind, text, labels);
    }

    /// <summary>Strips the inline labels, returning the text a scanner sees and the labels' offsets into it.</summary>
    public static (string Text, IReadOnlyList<SpanLabel> Labels) Parse(string annotated)
    {
        var text = new StringBuilder(annotated.Length);
        var labels = new List<SpanLabel>();
        var copiedTo = 0;
        foreach (Match match in Label().Matches(annotated))
        {
            text.Append(annotated, copiedTo, match.Index - copiedTo);
            var code = match.Groups["code"].Value;
            if (!Codes.TryGetValue(code, out var type))
            {
                throw new InvalidDataException($"unknown label code '{code}' at offset {match.Index}");
            }

            var start = text.Length;
            text.Append(match.Groups["value"].Value);
            labels.Add(new SpanLabel(type, start, text.Length));
            copiedTo = match.Index + match.Length;
        }

        text.Append(annotated, copiedTo, annotated.Length - copiedTo);
        var plain = text.ToString();
        if (plain.Contains("{{", StringComparison.Ordinal) || plain.Contains("}}", StringComparison.Ordinal))
        {
            throw new InvalidDataException("unbalanced label braces");
        }

        return (plain, labels);
    }

    [GeneratedRegex(@"\{\{(?<code>[A-Z]+):(?<value>[^{}]+)\}\}")]
    private static partial Regex Label();
}
