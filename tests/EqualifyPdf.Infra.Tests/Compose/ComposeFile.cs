using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Compose;

/// <summary>Read access to <c>docker-compose.yml</c> as docker-compose sees it (merge keys applied).</summary>
internal sealed class ComposeFile
{
    private ComposeFile(Dictionary<string, object?> root) => Root = root;

    public Dictionary<string, object?> Root { get; }

    public IReadOnlyDictionary<string, Dictionary<string, object?>> Services =>
        Mapping(Root, "services").ToDictionary(pair => pair.Key, pair => (Dictionary<string, object?>)pair.Value!);

    public static ComposeFile Load(string path) => new(YamlTree.LoadMapping(path));

    /// <summary>A child mapping, or an empty one when the key is absent.</summary>
    public static Dictionary<string, object?> Mapping(Dictionary<string, object?> parent, string key) =>
        parent.TryGetValue(key, out var value) && value is Dictionary<string, object?> mapping ? mapping : [];

    /// <summary>A child list (of scalars or mappings), or an empty one when the key is absent.</summary>
    public static List<object?> List(Dictionary<string, object?> parent, string key) =>
        parent.TryGetValue(key, out var value) && value is List<object?> list ? list : [];

    /// <summary>A child scalar, or null.</summary>
    public static string? Scalar(Dictionary<string, object?> parent, string key) =>
        parent.TryGetValue(key, out var value) ? value as string : null;

    /// <summary>A command or health check test as one string, whether written as a list or a string.</summary>
    public static string CommandText(object? command) => command switch
    {
        string text => text,
        List<object?> parts => string.Join(' ', parts.Select(part => part as string)),
        _ => string.Empty,
    };

    /// <summary>The file names a service's <c>env_file</c> entries point at (after the folder variable).</summary>
    public static IReadOnlyList<string> EnvFileNames(Dictionary<string, object?> service) =>
        (service.TryGetValue("env_file", out var value) ? value : null) switch
        {
            string one => [Path.GetFileName(one)],
            List<object?> many => many.Select(item => Path.GetFileName((string)item!)).ToList(),
            _ => [],
        };
}
