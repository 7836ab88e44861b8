using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>The optional submit fields of the Equalify reflow API, validated.</summary>
/// <param name="ReviewMode"><c>review_mode</c>: <c>auto</c> (default) or <c>human</c>.</param>
/// <param name="OcrLanguages"><c>ocr_languages</c>: installed Tesseract codes, comma- or plus-separated.</param>
/// <param name="SkipPiiScan"><c>skip_pii_scan</c>: operators only, with a <c>skip_reason</c>.</param>
/// <param name="SkipReason"><c>skip_reason</c>: 10–1000 characters, recorded in the history.</param>
public sealed record SubmitOptions(ReviewMode ReviewMode, IReadOnlyList<string> OcrLanguages, bool SkipPiiScan, string? SkipReason)
{
    /// <summary>The multipart field names read into these options.</summary>
    public static IReadOnlySet<string> FieldNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "review_mode", "ocr_languages", "skip_pii_scan", "skip_reason",
    };

    /// <summary>No option given.</summary>
    public static SubmitOptions Default { get; } = new(ReviewMode.Auto, [], false, null);

    private const int MinReasonLength = 10;
    private const int MaxReasonLength = 1000;
    private const int MaxOcrLanguages = 8;

    internal static async Task<SubmitOptions> ParseAsync(IReadOnlyDictionary<string, string> fields, SubmitRules rules, UploadErrors errors)
    {
        var mode = fields.GetValueOrDefault("review_mode") switch
        {
            null or "" or "auto" => ReviewMode.Auto,
            "human" => ReviewMode.Human,
            var other => Invalid(errors, "review_mode", $"review_mode '{other}' is not 'auto' or 'human'.", ReviewMode.Auto),
        };

        var skip = fields.GetValueOrDefault("skip_pii_scan")?.ToLowerInvariant() switch
        {
            null or "" or "false" or "0" => false,
            "true" or "1" => true,
            var other => Invalid(errors, "skip_pii_scan", $"skip_pii_scan '{other}' is not true or false.", false),
        };

        var reason = fields.GetValueOrDefault("skip_reason") is { Length: > 0 } r ? r : null;
        if (skip && !rules.IsOperator)
        {
            errors.Add("skip_pii_scan", "Only an operator may skip the PII scan.");
        }
        else if (skip && reason is not { Length: >= MinReasonLength and <= MaxReasonLength })
        {
            errors.Add("skip_reason", $"Skipping the PII scan needs a skip_reason of {MinReasonLength} to {MaxReasonLength} characters.");
        }
        else if (!skip && reason is not null)
        {
            errors.Add("skip_reason", "skip_reason is only meaningful with skip_pii_scan=true.");
        }

        var languages = (fields.GetValueOrDefault("ocr_languages") ?? "")
            .Split([',', '+', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (languages.Count > MaxOcrLanguages)
        {
            errors.Add("ocr_languages", $"At most {MaxOcrLanguages} OCR languages.");
        }
        else if (languages.Count > 0)
        {
            var installed = await rules.InstalledOcrLanguages().ConfigureAwait(false);
            foreach (var unknown in languages.Where(l => !installed.Contains(l)))
            {
                errors.Add("ocr_languages", $"OCR language '{unknown}' is not installed; installed: {string.Join(", ", installed.Order(StringComparer.Ordinal))}.");
            }
        }

        return new SubmitOptions(mode, languages, skip, skip ? reason : null);
    }

    private static T Invalid<T>(UploadErrors errors, string field, string message, T fallback)
    {
        errors.Add(field, message);
        return fallback;
    }
}
