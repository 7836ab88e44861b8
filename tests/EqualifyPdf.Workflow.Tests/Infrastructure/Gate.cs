namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>Holds a fake service until the test opens it, and tells the test when the service reached it.</summary>
public sealed class Gate
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reached => _reached.Task;

    public void Open() => _open.TrySetResult();

    public async Task PassAsync(CancellationToken cancellationToken)
    {
        _reached.TrySetResult();
        await _open.Task.WaitAsync(cancellationToken);
    }
}
