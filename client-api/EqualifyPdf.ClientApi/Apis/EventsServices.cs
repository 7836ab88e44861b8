using EqualifyPdf.ClientApi.Streaming;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>What the live-progress endpoints depend on, injected as one <c>[AsParameters]</c> argument.</summary>
public sealed record EventsServices(IClusterClient Cluster, JobEventFeed Feed, StreamTokens Tokens);
