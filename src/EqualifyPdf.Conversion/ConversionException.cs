namespace EqualifyPdf.Conversion;

/// <summary>
/// A PDF could not be converted. <see cref="Exception.Message"/> is written for the person who supplied the file and
/// says what they can do about it; <see cref="Kind"/> lets callers map it to a status code.
/// </summary>
public sealed class ConversionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">Why conversion failed.</param>
    /// <param name="message">A user-actionable message.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public ConversionException(ConversionErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Why conversion failed.</summary>
    public ConversionErrorKind Kind { get; }
}
