namespace EqualifyPdf.Workflow.Bench;

/// <summary>How much of live progress a benchmark silo runs.</summary>
internal enum LiveProgress
{
    /// <summary>As in production: events logged and indexed in Redis, and published on the streams of watched jobs.</summary>
    On,

    /// <summary>No event logged, indexed or published.</summary>
    Off,
}
