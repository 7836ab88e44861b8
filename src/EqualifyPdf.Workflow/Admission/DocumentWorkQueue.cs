namespace EqualifyPdf.Workflow.Admission;

/// <summary>
/// Admission control for document steps (PII scan, conversion) in this silo: at most <see cref="Capacity"/> run at
/// once, the rest wait first come, first served, and each waiting job can be told its place. Whatever runs the steps
/// enters it — the worker pool, or the in-process services — and the job grain reads a job's place from it.
/// </summary>
/// <param name="capacity">Steps allowed to run at once.</param>
public sealed class DocumentWorkQueue(int capacity)
{
    private readonly object _gate = new();
    private readonly LinkedList<Waiter> _waiting = new();
    private int _running;

    /// <summary>Steps allowed to run at once.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Steps waiting for a slot in this silo.</summary>
    public int Backlog
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count;
            }
        }
    }

    /// <summary>Steps running in this silo.</summary>
    public int Running
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    /// <summary>The place of <paramref name="jobId"/> in the queue (1 = next), or null when it does not wait.</summary>
    public int? PositionOf(string jobId)
    {
        lock (_gate)
        {
            var position = 1;
            for (var node = _waiting.First; node is not null; node = node.Next, position++)
            {
                if (node.Value.JobId == jobId)
                {
                    return position;
                }
            }

            return null;
        }
    }

    /// <summary>Waits for a slot; dispose the answer to give it back. A cancelled wait leaves the queue.</summary>
    public async ValueTask<IDisposable> EnterAsync(string jobId, CancellationToken cancellationToken)
    {
        Waiter waiter;
        LinkedListNode<Waiter> node;
        lock (_gate)
        {
            if (_running < Capacity && _waiting.Count == 0)
            {
                _running++;
                return new Slot(this);
            }

            waiter = new Waiter(jobId);
            node = _waiting.AddLast(waiter);
        }

        await using (cancellationToken.Register(() => Abandon(node)))
        {
            await waiter.Admitted.Task.ConfigureAwait(false);
        }

        return new Slot(this);
    }

    private void Abandon(LinkedListNode<Waiter> node)
    {
        lock (_gate)
        {
            // Once Release has taken the node out, the slot is the caller's and its dispose hands it back.
            if (node.List is not null)
            {
                _waiting.Remove(node);
                node.Value.Admitted.TrySetCanceled();
            }
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            if (_waiting.First is { } next)
            {
                _waiting.RemoveFirst();
                next.Value.Admitted.SetResult();
                return; // the slot passes to the next waiter; _running is unchanged
            }

            _running--;
        }
    }

    private sealed record Waiter(string JobId)
    {
        public TaskCompletionSource Admitted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Slot(DocumentWorkQueue queue) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                queue.Release();
            }
        }
    }
}
