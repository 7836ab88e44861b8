namespace EqualifyPdf.ClientApi.Apis;

/// <summary>Job ids are 32 lowercase hex digits; anything else is answered 404 without touching the cluster.</summary>
internal static class JobIds
{
    public static bool IsValid(string jobId) =>
        jobId.Length == 32 && jobId.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
