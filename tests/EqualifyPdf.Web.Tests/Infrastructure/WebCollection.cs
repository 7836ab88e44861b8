namespace EqualifyPdf.Web.Tests.Infrastructure;

/// <summary>Browser tests sharing one <see cref="WebFixture"/>: one cluster, one app on Kestrel, one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "web";
}
