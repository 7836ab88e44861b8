namespace EqualifyPdf.Pii;

/// <summary>Settings for <see cref="PiiScanner"/>. Every default is the documented policy.</summary>
public sealed class PiiOptions
{
    /// <summary>Findings scoring below this (0–1) are dropped. Default 0.5.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>
    /// ISO 3166 regions tried, in order, when looking for phone numbers. Default <c>["US"]</c>; numbers written with
    /// a leading <c>+</c> are found whatever the region.
    /// </summary>
    public IReadOnlyList<string> PhoneRegions { get; init; } = ["US"];

    /// <summary>
    /// Regular expressions for the institution's student identifiers; a match is reported when it has student-ID
    /// context (UIN, student ID, ...) or sits in a roster row. Default: 7 to 10 digits, optionally after one or two
    /// capital letters (A00482913, N10293847), the shapes of Banner, PeopleSoft and most campus ID systems.
    /// </summary>
    public IReadOnlyList<string> StudentIdPatterns { get; init; } = [@"\b(?:[A-Z]{1,2}\d{7,10}|\d{7,10})\b"];

    /// <summary>
    /// Entity types whose findings make the verdict <see cref="Model.PiiVerdict.NeedsReview"/>: the types that are
    /// student data (education records, student identifiers, non-staff personal contacts, government and financial
    /// numbers, dates of birth). Default: every type except the informational <see cref="PiiEntityTypes.StaffContact"/>,
    /// <see cref="PiiEntityTypes.PublicAuthor"/> and <see cref="PiiEntityTypes.Url"/>.
    /// </summary>
    public IReadOnlySet<string> ReviewEntityTypes { get; init; } = new HashSet<string>(
        PiiEntityTypes.All.Where(t => t is not PiiEntityTypes.StaffContact and not PiiEntityTypes.Url and not PiiEntityTypes.PublicAuthor),
        StringComparer.Ordinal);

    /// <summary>How many whole words before a match are searched for context words. Default 5.</summary>
    public int ContextWindowWords { get; init; } = 5;

    internal static PiiOptions Default { get; } = new();
}
