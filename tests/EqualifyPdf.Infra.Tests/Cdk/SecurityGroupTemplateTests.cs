namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>Who may reach whom: silo ports only within the silo group, Redis only from the tasks, tasks only via the ALB.</summary>
[Collection(CdkCollection.Name)]
public sealed class SecurityGroupTemplateTests(CdkSynthFixture cdk)
{
    private const int SiloPort = 11111;
    private const int GatewayPort = 30000;

    [SkippableFact]
    public void SiloPort_OpenOnlyWithinTheSiloGroup()
    {
        var (rules, silos, _, _, _) = Groups();

        var siloPortRules = rules.Where(r => r.GroupId == silos && r.Covers(SiloPort)).ToList();
        Assert.NotEmpty(siloPortRules);
        Assert.All(siloPortRules, r => Assert.Equal(silos, r.SourceGroupId));
    }

    [SkippableFact]
    public void GatewayPort_FromTheSiloGroupAndTheApiGroupOnly()
    {
        var (rules, silos, api, _, _) = Groups();

        var gatewayRules = rules.Where(r => r.GroupId == silos && r.Covers(GatewayPort)).ToList();
        Assert.Equal(new[] { api, silos }.Order(StringComparer.Ordinal), gatewayRules.Select(r => r.SourceGroupId).Order(StringComparer.Ordinal));
        Assert.All(rules.Where(r => r.GroupId == silos), r => Assert.True(r.Covers(SiloPort) || r.Covers(GatewayPort), $"{r}"));
    }

    [SkippableFact]
    public void Redis_ReachableFromSilosAndApiOnOnePortOnly()
    {
        var (rules, silos, api, redis, _) = Groups();

        var redisRules = rules.Where(r => r.GroupId == redis).ToList();
        Assert.Equal(new[] { api, silos }.Order(StringComparer.Ordinal), redisRules.Select(r => r.SourceGroupId).Order(StringComparer.Ordinal));
        Assert.All(redisRules, r => Assert.Equal((6380, 6380), (r.FromPort, r.ToPort)));
    }

    [SkippableFact]
    public void ApiTasks_ReachableFromTheLoadBalancerOnly()
    {
        var (rules, _, api, _, loadBalancer) = Groups();

        var apiRule = Assert.Single(rules, r => r.GroupId == api);
        Assert.Equal((loadBalancer, 8080, 8080), (apiRule.SourceGroupId!, apiRule.FromPort, apiRule.ToPort));
    }

    [SkippableFact]
    public void AddressRanges_OnlyTheLoadBalancerOn443And80()
    {
        var (rules, _, _, _, loadBalancer) = Groups();

        var open = rules.Where(r => r.CidrIp is not null).ToList();
        Assert.All(open, r => Assert.Equal(loadBalancer, r.GroupId));
        Assert.Equal(new[] { 80, 443 }, open.Select(r => r.FromPort).Distinct().Order());
        Assert.All(open, r => Assert.Equal(r.FromPort, r.ToPort));
    }

    private (IReadOnlyList<IngressRule> Rules, string Silos, string Api, string Redis, string LoadBalancer) Groups()
    {
        Skip.If(cdk.SkipReason is not null, cdk.SkipReason);
        var template = cdk.Template;
        string Id(string prefix) => template.Single("AWS::EC2::SecurityGroup", prefix).LogicalId;
        return (IngressRule.All(template), Id("SilosSecurityGroup"), Id("ApiSecurityGroup"), Id("RedisSecurityGroup"),
            Id("ApiLoadBalancerSecurityGroup"));
    }
}
