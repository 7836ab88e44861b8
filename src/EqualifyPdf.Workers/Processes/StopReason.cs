namespace EqualifyPdf.Workers.Processes;

/// <summary>Why the pool killed a worker during a step.</summary>
internal enum StopReason
{
    /// <summary>Not killed by the pool: if the worker died, it crashed.</summary>
    None,

    /// <summary>The step used up its CPU-time budget.</summary>
    CpuBudget,

    /// <summary>The worker passed the memory ceiling.</summary>
    MemoryCeiling,

    /// <summary>The step's caller cancelled it.</summary>
    Cancelled,

    /// <summary>The silo is shutting down.</summary>
    Shutdown,
}
