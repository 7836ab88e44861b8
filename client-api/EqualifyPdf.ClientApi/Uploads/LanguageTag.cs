using System.Text.RegularExpressions;

namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>A shape check for BCP 47 tags (language, optional script/region/variants), enough to reject junk.</summary>
internal static partial class LanguageTag
{
    public static bool IsValid(string tag) => Bcp47().IsMatch(tag);

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex Bcp47();
}
