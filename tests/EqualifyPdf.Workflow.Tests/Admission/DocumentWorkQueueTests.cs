using EqualifyPdf.Workflow.Admission;

namespace EqualifyPdf.Workflow.Tests.Admission;

public sealed class DocumentWorkQueueTests
{
    private static DocumentWorkQueue Queue(int slots) => new(slots);

    [Fact]
    public async Task Enter_BeyondSlots_WaitsInFifoOrderWithPositions()
    {
        var queue = Queue(1);
        var first = await queue.EnterAsync("a", CancellationToken.None);
        var second = queue.EnterAsync("b", CancellationToken.None).AsTask();
        var third = queue.EnterAsync("c", CancellationToken.None).AsTask();

        Assert.Null(queue.PositionOf("a"));
        Assert.Equal(1, queue.PositionOf("b"));
        Assert.Equal(2, queue.PositionOf("c"));
        Assert.Equal(2, queue.Backlog);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        Assert.Equal(1, queue.Running);
        (await third).Dispose();
        Assert.Equal(0, queue.Running);
        Assert.Equal(0, queue.Backlog);
    }

    [Fact]
    public async Task Enter_CancelledWhileWaiting_LeavesQueueAndKeepsSlotCount()
    {
        var queue = Queue(1);
        var held = await queue.EnterAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = queue.EnterAsync("b", cancel.Token).AsTask();
        var after = queue.EnterAsync("c", CancellationToken.None).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, queue.PositionOf("c"));
        held.Dispose();
        (await after).Dispose();
        Assert.Equal(0, queue.Running);
    }

    [Fact]
    public async Task Dispose_Twice_ReleasesOnce()
    {
        var queue = Queue(2);
        var slot = await queue.EnterAsync("a", CancellationToken.None);
        var other = await queue.EnterAsync("b", CancellationToken.None);

        slot.Dispose();
        slot.Dispose();

        Assert.Equal(1, queue.Running);
        other.Dispose();
    }
}
