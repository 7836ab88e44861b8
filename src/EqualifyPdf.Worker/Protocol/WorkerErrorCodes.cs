using EqualifyPdf.Conversion;

namespace EqualifyPdf.Worker.Protocol;

/// <summary>
/// JSON-RPC error codes a worker answers with. A conversion failure carries its <see cref="ConversionErrorKind"/> in
/// the code and the user-facing message as the error message, so the caller can raise the same exception.
/// </summary>
public static class WorkerErrorCodes
{
    /// <summary>The managed heap reached its hard limit; the worker should be replaced.</summary>
    public const int OutOfMemory = 900;

    /// <summary>The input path does not exist (the scratch file or blob vanished).</summary>
    public const int InputMissing = 901;

    private const int ConversionBase = 1000;

    /// <summary>The code for a conversion failure of <paramref name="kind"/>.</summary>
    /// <param name="kind">Why conversion failed.</param>
    /// <returns>The error code.</returns>
    public static int ForConversion(ConversionErrorKind kind) => ConversionBase + (int)kind;

    /// <summary>Reads a conversion failure kind back from an error code.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="kind">The kind, when the code is a conversion failure.</param>
    /// <returns>Whether <paramref name="code"/> is a conversion failure.</returns>
    public static bool TryGetConversionKind(int code, out ConversionErrorKind kind)
    {
        kind = (ConversionErrorKind)(code - ConversionBase);
        return code >= ConversionBase && Enum.IsDefined(kind);
    }
}
