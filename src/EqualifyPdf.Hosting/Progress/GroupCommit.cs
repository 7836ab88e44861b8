namespace EqualifyPdf.Hosting.Progress;

/// <summary>
/// Group commit: items that callers add while a commit is in flight wait for it to end and then go to the store
/// together in the next one, up to <c>maxBatch</c> at a time. An item added while nothing is in flight is committed at
/// once, alone, so a quiet service pays no delay; a busy one pays one round trip for many items instead of one each.
/// Every caller gets its own item's result, or the exception of the commit its item was in.
/// </summary>
/// <typeparam name="TItem">What a caller adds.</typeparam>
/// <typeparam name="TResult">What the commit answers for each item, in the items' order.</typeparam>
public sealed class GroupCommit<TItem, TResult>
{
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _commit;
    private readonly int _maxBatch;
    private readonly Lock _gate = new();
    private readonly Queue<(TItem Item, TaskCompletionSource<TResult> Done)> _waiting = new();
    private bool _committing;

    /// <summary>Creates a group commit over <paramref name="commit"/>.</summary>
    /// <param name="commit">Stores a batch in one call and returns one result per item, in order.</param>
    /// <param name="maxBatch">Most items one commit takes (bounds how long one store call runs).</param>
    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> commit, int maxBatch)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _commit = commit;
        _maxBatch = maxBatch;
    }

    /// <summary>Adds <paramref name="item"/> to the next commit and completes with its result.</summary>
    public Task<TResult> AddAsync(TItem item)
    {
        // Continuations run off the committing loop, so one caller's work never delays the next batch.
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (_gate)
        {
            _waiting.Enqueue((item, done));
            lead = !_committing;
            _committing = true;
        }

        if (lead)
        {
            // Off the caller's scheduler (a grain's, for the silo): the loop serves every caller in the process.
            _ = Task.Run(CommitWaitingAsync);
        }

        return done.Task;
    }

    private async Task CommitWaitingAsync()
    {
        while (true)
        {
            List<(TItem Item, TaskCompletionSource<TResult> Done)> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _committing = false;
                    return;
                }

                batch = new List<(TItem, TaskCompletionSource<TResult>)>(Math.Min(_waiting.Count, _maxBatch));
                while (batch.Count < _maxBatch && _waiting.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
            }

            try
            {
                var results = await _commit([.. batch.Select(b => b.Item)]).ConfigureAwait(false);
                if (results.Count != batch.Count)
                {
                    throw new InvalidOperationException($"A commit of {batch.Count} items answered {results.Count} results.");
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.SetResult(results[i]);
                }
            }
            catch (Exception e)
            {
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(e);
                }
            }
        }
    }
}
