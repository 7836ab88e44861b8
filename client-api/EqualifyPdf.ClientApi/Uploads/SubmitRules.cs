namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>What the submit options are checked against: who calls, and the OCR languages the silos have (asked only
/// when a submit names some).</summary>
public sealed record SubmitRules(bool IsOperator, Func<Task<IReadOnlySet<string>>> InstalledOcrLanguages)
{
    /// <summary>A caller without operator rights and no OCR languages installed.</summary>
    public static SubmitRules Submitter { get; } = new(false, () => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()));
}
