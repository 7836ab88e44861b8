namespace EqualifyPdf.Conversion;

/// <summary>
/// Runs a conversion within <see cref="ConversionOptions.Timeout"/>. The pipeline checks its token between pages;
/// a single pathological page that never returns is abandoned on its worker thread so the caller is never hung.
/// </summary>
internal static class TimeBox
{
    public static T Run<T>(Stream pdf, ConversionOptions options, Func<byte[], CancellationToken, T> work)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        byte[] bytes;
        try
        {
            bytes = ReadAll(pdf);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new ConversionException(ConversionErrorKind.Corrupt, "The file could not be read completely. Upload it again.", ex);
        }

        using var cts = new CancellationTokenSource(options.Timeout);
        var task = Task.Factory.StartNew(() => work(bytes, cts.Token), cts.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!task.Wait(options.Timeout + TimeSpan.FromSeconds(1)))
            {
                throw TimedOut(options);
            }

            return task.Result;
        }
        catch (AggregateException ex)
        {
            throw ex.InnerException switch
            {
                ConversionException conversion => conversion,
                OperationCanceledException => TimedOut(options),
                OutOfMemoryException oom => oom,
                { } other => Extraction.PdfOpener.Corrupt(other),
                null => Extraction.PdfOpener.Corrupt(ex),
            };
        }
    }

    /// <summary>
    /// The whole input in one array. A stream that knows its length (a file, an uploaded blob) is read straight into
    /// an array of that size: copying through a growing MemoryStream and then <c>ToArray</c> held up to three times the
    /// PDF at once before parsing began.
    /// </summary>
    private static byte[] ReadAll(Stream pdf)
    {
        if (pdf.CanSeek && pdf.Length - pdf.Position is > 0 and var length && length < Array.MaxLength)
        {
            var bytes = new byte[length];
            pdf.ReadExactly(bytes);
            // A stream that grew while being read still gives all of its bytes.
            if (pdf.ReadByte() is var next && next < 0)
            {
                return bytes;
            }

            using var rest = new MemoryStream();
            rest.Write(bytes);
            rest.WriteByte((byte)next);
            pdf.CopyTo(rest);
            return rest.ToArray();
        }

        using var copy = new MemoryStream();
        pdf.CopyTo(copy);
        return copy.ToArray();
    }

    private static ConversionException TimedOut(ConversionOptions options) => new(ConversionErrorKind.TimedOut,
        $"Converting the PDF took longer than the limit of {options.Timeout.TotalSeconds:0} seconds. Split it into smaller files or simplify it (e.g. print to a new PDF) and try again.");
}
