using EqualifyPdf.Worker;

namespace EqualifyPdf.Workers.Tests.Worker;

public sealed class StepMemoryTests
{
    private const long Mb = 1024 * 1024;

    [Theory]
    [InlineData(80, 1152, false)]  // a worker after a one-page step: keep its pools, no full collection
    [InlineData(144, 1152, false)] // exactly the share it may carry
    [InlineData(400, 1152, true)]  // after a large document: give it back before the next step
    [InlineData(40, 256, true)]    // a small ceiling carries little
    public void ShouldReclaim_LeftoverAgainstHeapLimit_CollectsOnlyLargeLeftovers(long residentMb, long limitMb, bool expected) =>
        Assert.Equal(expected, StepMemory.ShouldReclaim(residentMb * Mb, limitMb * Mb));
}
