namespace EqualifyPdf.ClientApi.Limits;

/// <summary>
/// Endpoint metadata: the largest request body the route accepts, enforced by <see cref="RequestBodyLimitMiddleware"/>
/// before the handler runs, chunked bodies included. <see cref="MaxBytes"/> null means the handler streams the body
/// and enforces a limit of its own (uploads). Routes without this metadata get <see cref="DefaultMaxBytes"/>.
/// </summary>
/// <param name="MaxBytes">The limit in bytes, or null when the handler enforces one itself.</param>
public sealed record RequestBodyLimit(long? MaxBytes)
{
    /// <summary>The limit of every route that does not set one: 16 KB, plenty for any JSON command.</summary>
    public const long DefaultMaxBytes = 16 * 1024;
}
