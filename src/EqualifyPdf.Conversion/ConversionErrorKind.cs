namespace EqualifyPdf.Conversion;

/// <summary>Why a PDF could not be converted.</summary>
public enum ConversionErrorKind
{
    /// <summary>The PDF is encrypted and no (correct) password was supplied.</summary>
    Encrypted,

    /// <summary>The file is not a readable PDF: damaged, truncated or not a PDF at all.</summary>
    Corrupt,

    /// <summary>The PDF has no pages.</summary>
    Empty,

    /// <summary>The PDF has more pages than <see cref="ConversionOptions.MaxPages"/> allows.</summary>
    TooManyPages,

    /// <summary>Conversion took longer than <see cref="ConversionOptions.Timeout"/>.</summary>
    TimedOut,
}
