using Polly.CircuitBreaker;

namespace EqualifyPdf.Corrections.Llm.Calls;

/// <summary>What the health check reports of the model calls of this silo: last success, recent error rate, circuit.</summary>
public sealed class LlmCallStats(TimeProvider time)
{
    private const int Window = 50;
    private readonly Queue<bool> _recent = new();
    private readonly Lock _gate = new();

    /// <summary>Reads the breaker's state; set by the gateway.</summary>
    internal CircuitBreakerStateProvider Circuit { get; } = new();

    /// <summary>When a call last succeeded; null before the first.</summary>
    public DateTimeOffset? LastSuccess { get; private set; }

    /// <summary>Calls answered in this silo's life.</summary>
    public long Succeeded { get; private set; }

    /// <summary>Calls that failed (after their retries) in this silo's life.</summary>
    public long Failed { get; private set; }

    /// <summary>The circuit's state: <c>closed</c>, <c>open</c>, <c>half_open</c> or <c>isolated</c>.</summary>
    public string CircuitState => Circuit.CircuitState switch
    {
        Polly.CircuitBreaker.CircuitState.Open => "open",
        Polly.CircuitBreaker.CircuitState.HalfOpen => "half_open",
        Polly.CircuitBreaker.CircuitState.Isolated => "isolated",
        _ => "closed",
    };

    /// <summary>Failed share of the last 50 calls, 0 when there were none.</summary>
    public double ErrorRate
    {
        get
        {
            lock (_gate)
            {
                return _recent.Count == 0 ? 0 : _recent.Count(ok => !ok) / (double)_recent.Count;
            }
        }
    }

    internal void Record(bool succeeded)
    {
        lock (_gate)
        {
            _recent.Enqueue(succeeded);
            while (_recent.Count > Window)
            {
                _recent.Dequeue();
            }

            if (succeeded)
            {
                Succeeded++;
                LastSuccess = time.GetUtcNow();
            }
            else
            {
                Failed++;
            }
        }
    }
}
