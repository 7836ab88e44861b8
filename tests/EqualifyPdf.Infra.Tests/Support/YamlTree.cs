using YamlDotNet.RepresentationModel;

namespace EqualifyPdf.Infra.Tests.Support;

/// <summary>
/// Loads a YAML file into plain values (<see cref="Dictionary{TKey,TValue}"/> of string keys, <see cref="List{T}"/>,
/// string scalars) with YAML merge keys (<c>&lt;&lt;: *anchor</c>) applied the way docker-compose applies them:
/// keys written in the mapping win over merged ones.
/// </summary>
internal static class YamlTree
{
    private const string MergeKey = "<<";

    public static Dictionary<string, object?> LoadMapping(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return Convert(stream.Documents[0].RootNode) as Dictionary<string, object?>
            ?? throw new InvalidDataException($"{path} is not a YAML mapping");
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlMappingNode mapping => ConvertMapping(mapping),
        _ => throw new InvalidDataException($"Unexpected YAML node {node.NodeType}"),
    };

    private static Dictionary<string, object?> ConvertMapping(YamlMappingNode mapping)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var merged = new List<Dictionary<string, object?>>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (key == MergeKey)
            {
                merged.AddRange(valueNode is YamlSequenceNode many
                    ? many.Children.Select(ConvertMapping)
                    : [ConvertMapping((YamlMappingNode)valueNode)]);
                continue;
            }

            result[key] = Convert(valueNode);
        }

        foreach (var source in merged)
        {
            foreach (var (key, value) in source)
            {
                result.TryAdd(key, value);
            }
        }

        return result;
    }

    private static Dictionary<string, object?> ConvertMapping(YamlNode node) => ConvertMapping((YamlMappingNode)node);
}
