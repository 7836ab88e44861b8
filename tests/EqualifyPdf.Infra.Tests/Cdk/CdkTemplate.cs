using System.Text.Json.Nodes;

namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>One resource of the template: its logical id and its <c>Properties</c>.</summary>
public sealed record CfnResource(string LogicalId, string Type, JsonObject Properties);

/// <summary>Queries over a synthesized CloudFormation template.</summary>
public sealed class CdkTemplate(JsonObject template)
{
    public IReadOnlyList<CfnResource> Resources(string type) =>
        template["Resources"]!.AsObject()
            .Where(pair => (string?)pair.Value!["Type"] == type)
            .Select(pair => new CfnResource(pair.Key, type, pair.Value!["Properties"]?.AsObject() ?? []))
            .ToList();

    /// <summary>The one resource of a type whose logical id starts with the construct path's id prefix.</summary>
    public CfnResource Single(string type, string logicalIdPrefix) =>
        Assert.Single(Resources(type), r => r.LogicalId.StartsWith(logicalIdPrefix, StringComparison.Ordinal));

    /// <summary>The logical id a <c>Ref</c> or <c>Fn::GetAtt</c> points at, or null for anything else.</summary>
    public static string? ReferencedId(JsonNode? node) => node switch
    {
        JsonObject o when o["Ref"] is JsonValue r => (string?)r,
        JsonObject o when o["Fn::GetAtt"] is JsonArray a => (string?)a[0],
        _ => null,
    };

    /// <summary>A value that may be one item or a list, as a list.</summary>
    public static IReadOnlyList<JsonNode?> Many(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.ToList(),
        _ => [node],
    };

    /// <summary>Every logical id referenced anywhere inside a value (through <c>Fn::Join</c> and friends).</summary>
    public static IReadOnlySet<string> ReferencedIds(JsonNode? node)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Walk(node);
        return ids;

        void Walk(JsonNode? current)
        {
            if (ReferencedId(current) is { } id && !id.StartsWith("AWS::", StringComparison.Ordinal))
            {
                ids.Add(id);
            }

            switch (current)
            {
                case JsonObject o:
                    foreach (var (_, child) in o)
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }
    }

    /// <summary>A value with <c>Fn::Join</c> flattened to text, each reference written as <c>&lt;Id&gt;</c>.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonValue value => value.ToString(),
        JsonObject o when o["Fn::Join"] is JsonArray join =>
            string.Join((string?)join[0] ?? string.Empty, join[1]!.AsArray().Select(Text)),
        JsonObject o when ReferencedId(o) is { } id => $"<{id}>",
        _ => node?.ToJsonString() ?? string.Empty,
    };
}
