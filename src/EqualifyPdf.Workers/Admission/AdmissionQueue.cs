using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workers.Admission;

/// <summary>
/// A first-in, first-out gate: at most <see cref="Capacity"/> holders at once, the others wait in arrival order and
/// can see their place in line. A waiter that is cancelled leaves the line without taking a slot.
/// </summary>
internal sealed class AdmissionQueue(int capacity) : IDocumentWorkQueue
{
    private readonly Lock gate = new();
    private readonly LinkedList<Waiter> waiting = new();
    private int running;

    public int Capacity { get; } = capacity;

    public int Running
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    public int Backlog
    {
        get
        {
            lock (gate)
            {
                return waiting.Count;
            }
        }
    }

    public int? QueuePosition(string jobId)
    {
        lock (gate)
        {
            var position = 1;
            for (var node = waiting.First; node != null; node = node.Next, position++)
            {
                if (node.Value.JobId == jobId)
                {
                    return position;
                }
            }

            return null;
        }
    }

    /// <summary>Waits for a slot; dispose the answer to give it back.</summary>
    public async Task<IDisposable> EnterAsync(string jobId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LinkedListNode<Waiter> node;
        lock (gate)
        {
            if (running < Capacity && waiting.Count == 0)
            {
                running++;
                return new Slot(this);
            }

            node = waiting.AddLast(new Waiter(jobId, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
        }

        await using (cancellationToken.Register(() => Leave(node, cancellationToken)))
        {
            await node.Value.Turn.Task.ConfigureAwait(false);
        }

        return new Slot(this);
    }

    private void Leave(LinkedListNode<Waiter> node, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            // A waiter already handed a slot keeps it; its caller sees the slot and gives it back on dispose.
            if (node.List == null)
            {
                return;
            }

            waiting.Remove(node);
            node.Value.Turn.TrySetCanceled(cancellationToken);
        }
    }

    private void Release()
    {
        lock (gate)
        {
            var next = waiting.First;
            if (next == null)
            {
                running--;
                return;
            }

            // The slot passes straight to the next in line, so a newcomer can never overtake it.
            waiting.RemoveFirst();
            next.Value.Turn.TrySetResult();
        }
    }

    private sealed record Waiter(string JobId, TaskCompletionSource Turn);

    private sealed class Slot(AdmissionQueue queue) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                queue.Release();
            }
        }
    }
}
