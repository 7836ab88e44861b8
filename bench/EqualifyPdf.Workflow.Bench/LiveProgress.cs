namespace EqualifyPdf.Workflow.Bench;

/// <summary>How much of live progress a benchmark silo runs.</summary>
internal enum LiveProgress
{
    /// <summary>As in production: events logged and indexed in Redis and published on the job streams.</summary>
    On,

    /// <summary>Events published on the job streams, nothing written to Redis for them.</summary>
    StreamOnly,

    /// <summary>No event logged, indexed or published.</summary>
    Off,
}
