namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>All CDK test classes share one synthesis.</summary>
[CollectionDefinition(Name)]
public sealed class CdkCollection : ICollectionFixture<CdkSynthFixture>
{
    public const string Name = "cdk synth";
}
