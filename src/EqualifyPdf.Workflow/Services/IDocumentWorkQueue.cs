namespace EqualifyPdf.Workflow.Services;

/// <summary>
/// The admission queue in front of this silo's document workers: at most a fixed number of steps run at once, the
/// others wait in arrival order. Read it to show a job's place in line or to refuse new uploads when the line is long.
/// </summary>
public interface IDocumentWorkQueue
{
    /// <summary>How many steps may run at once on this silo.</summary>
    int Capacity { get; }

    /// <summary>Steps running now.</summary>
    int Running { get; }

    /// <summary>Steps waiting for a worker.</summary>
    int Backlog { get; }

    /// <summary>Where the job's waiting step stands in line: 1 = next to run; null when it is not waiting here.</summary>
    /// <param name="jobId">The job.</param>
    /// <returns>The 1-based position, or null.</returns>
    int? QueuePosition(string jobId);
}
