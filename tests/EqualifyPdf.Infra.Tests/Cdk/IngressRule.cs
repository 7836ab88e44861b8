using System.Text.Json.Nodes;

namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>One ingress rule of a security group, whether inline or a separate <c>SecurityGroupIngress</c>.</summary>
public sealed record IngressRule(string GroupId, int FromPort, int ToPort, string? SourceGroupId, string? CidrIp)
{
    public bool Covers(int port) => FromPort <= port && port <= ToPort;

    /// <summary>Every ingress rule in the template.</summary>
    public static IReadOnlyList<IngressRule> All(CdkTemplate template)
    {
        var rules = template.Resources("AWS::EC2::SecurityGroupIngress")
            .Select(r => From(CdkTemplate.ReferencedId(r.Properties["GroupId"])!, r.Properties))
            .ToList();
        foreach (var group in template.Resources("AWS::EC2::SecurityGroup"))
        {
            rules.AddRange(CdkTemplate.Many(group.Properties["SecurityGroupIngress"])
                .Select(rule => From(group.LogicalId, rule!.AsObject())));
        }

        return rules;
    }

    private static IngressRule From(string groupId, JsonObject rule) => new(
        groupId,
        (int?)rule["FromPort"] ?? -1,
        (int?)rule["ToPort"] ?? -1,
        CdkTemplate.ReferencedId(rule["SourceSecurityGroupId"]),
        (string?)rule["CidrIp"] ?? (string?)rule["CidrIpv6"]);
}
