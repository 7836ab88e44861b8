using EqualifyPdf.Hosting.Progress;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>
/// The group commit under the Redis progress store: items added while a commit is in flight share the next one,
/// every caller gets its own result, and a failed commit fails exactly the callers whose items it held.
/// </summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task AddAsync_ItemsAddedDuringACommit_GoTogetherInTheNextAndGetTheirOwnResults()
    {
        var batches = new List<int[]>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commits = new GroupCommit<int, string>(async items =>
        {
            lock (batches)
            {
                batches.Add([.. items]);
            }

            if (items[0] == 0)
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }

            return [.. items.Select(i => $"r{i}")];
        }, maxBatch: 64);

        var first = commits.AddAsync(0);
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var waiting = Enumerable.Range(1, 10).Select(commits.AddAsync).ToList();
        releaseFirst.SetResult();

        Assert.Equal("r0", await first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"r{i}"), await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal([[0], [.. Enumerable.Range(1, 10)]], batches);
    }

    [Fact]
    public async Task AddAsync_MoreWaitingThanMaxBatch_SplitsThemInOrder()
    {
        var batches = new List<int[]>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commits = new GroupCommit<int, int>(async items =>
        {
            batches.Add([.. items]);
            await gate.Task;
            return items;
        }, maxBatch: 3);

        var all = Enumerable.Range(0, 8).Select(commits.AddAsync).ToList();
        gate.SetResult();

        Assert.Equal(Enumerable.Range(0, 8), await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(Enumerable.Range(0, 8), batches.SelectMany(b => b));
        Assert.All(batches, b => Assert.InRange(b.Length, 1, 3));
    }

    [Fact]
    public async Task AddAsync_FailedCommit_FailsItsCallersAndTheNextCommitStillRuns()
    {
        var calls = 0;
        var commits = new GroupCommit<int, int>(items =>
            Interlocked.Increment(ref calls) == 1
                ? Task.FromException<IReadOnlyList<int>>(new InvalidOperationException("store down"))
                : Task.FromResult<IReadOnlyList<int>>(items), maxBatch: 8);

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => commits.AddAsync(1).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("store down", failed.Message);
        Assert.Equal(2, await commits.AddAsync(2).WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
