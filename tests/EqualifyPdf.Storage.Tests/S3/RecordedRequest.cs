namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>One request the S3 client sent (or that a fault answered).</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, bool Injected);
