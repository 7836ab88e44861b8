namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>Collects every validation error of an upload, grouped by form field.</summary>
internal sealed class UploadErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public UploadOutcome ToOutcome(UploadResultKind kind = UploadResultKind.Invalid) =>
        new(kind, ToDictionary(), "", 0, null, null);
}
