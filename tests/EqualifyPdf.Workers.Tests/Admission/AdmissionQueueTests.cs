using EqualifyPdf.Workers.Admission;

namespace EqualifyPdf.Workers.Tests.Admission;

public sealed class AdmissionQueueTests
{
    [Fact]
    public async Task EnterAsync_MoreThanCapacity_GrantsInArrivalOrder()
    {
        var queue = new AdmissionQueue(capacity: 2);
        var a = await queue.EnterAsync("a", CancellationToken.None);
        var b = await queue.EnterAsync("b", CancellationToken.None);
        var c = queue.EnterAsync("c", CancellationToken.None);
        var d = queue.EnterAsync("d", CancellationToken.None);

        Assert.Equal((2, 2), (queue.Running, queue.Backlog));
        Assert.False(c.IsCompleted);
        Assert.Equal(1, queue.QueuePosition("c"));
        Assert.Equal(2, queue.QueuePosition("d"));
        Assert.Null(queue.QueuePosition("a"));

        b.Dispose();
        (await c).Dispose();
        Assert.False(d.IsCompleted && queue.Running > 2);
        (await d).Dispose();
        a.Dispose();
        Assert.Equal((0, 0), (queue.Running, queue.Backlog));
    }

    [Fact]
    public async Task EnterAsync_SlotFreedWhileOthersWait_NewcomerDoesNotOvertake()
    {
        var queue = new AdmissionQueue(capacity: 1);
        var holder = await queue.EnterAsync("a", CancellationToken.None);
        var waiting = queue.EnterAsync("b", CancellationToken.None);

        holder.Dispose();
        var newcomer = queue.EnterAsync("c", CancellationToken.None);

        using var granted = await waiting;
        Assert.False(newcomer.IsCompleted);
        Assert.Equal(1, queue.QueuePosition("c"));
        granted.Dispose();
        (await newcomer).Dispose();
    }

    [Fact]
    public async Task EnterAsync_WaiterCancelled_LeavesLineWithoutTakingSlot()
    {
        var queue = new AdmissionQueue(capacity: 1);
        var holder = await queue.EnterAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = queue.EnterAsync("b", cancel.Token);
        var behind = queue.EnterAsync("c", CancellationToken.None);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Null(queue.QueuePosition("b"));
        Assert.Equal(1, queue.QueuePosition("c"));
        holder.Dispose();
        using var next = await behind;
        Assert.Equal((1, 0), (queue.Running, queue.Backlog));
    }

    [Fact]
    public async Task Dispose_Twice_ReleasesOnce()
    {
        var queue = new AdmissionQueue(capacity: 1);
        var holder = await queue.EnterAsync("a", CancellationToken.None);
        var waiting = queue.EnterAsync("b", CancellationToken.None);

        holder.Dispose();
        holder.Dispose();

        using var granted = await waiting;
        Assert.Equal((1, 0), (queue.Running, queue.Backlog));
    }
}
