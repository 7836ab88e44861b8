using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Workflow.Jobs;
using EqualifyPdf.Workflow.Progress;

namespace EqualifyPdf.Workflow.Tests.Progress;

/// <summary>The estimated completion from measured seconds per page and the queue.</summary>
public sealed class StageEstimateTests
{
    // 60 s per page in total: pii 6, conversion 12, correction 36, assembly 6.
    private static readonly StageTiming Timing = new(new Dictionary<string, double>
    {
        [JobStages.PiiScan] = 6, [JobStages.Conversion] = 12, [JobStages.PageCorrection] = 36, [JobStages.Assembly] = 6,
    }, PagesPerDocument: 2);

    [Fact]
    public void Minutes_NothingMeasured_IsNull() =>
        Assert.Null(StageEstimate.Minutes(StageTiming.Empty, JobStages.PiiScan, 0, 0, 0, null, 2));

    [Fact]
    public void Minutes_AwaitingApproval_IsNull() =>
        Assert.Null(StageEstimate.Minutes(Timing, JobStages.AwaitingApproval, 4, 0, 0, null, 2));

    [Fact]
    public void Minutes_PagesUnknown_UsesTheAveragePageCount() =>
        Assert.Equal(2, StageEstimate.Minutes(Timing, JobStages.PiiScan, 0, 0, 0, null, 2)); // 2 pages × 60 s

    [Fact]
    public void Minutes_HalfThePagesCorrected_CountsTheRestOfTheStage() =>
        // 10 pages: correction 360 s, half left = 180 s, then assembly 60 s → 4 minutes.
        Assert.Equal(4, StageEstimate.Minutes(Timing, JobStages.PageCorrection, 10, 5, 100, null, 2));

    [Fact]
    public void Minutes_TimeAlreadySpentInStage_IsSubtracted() =>
        // 10 pages: conversion 120 s of which 60 s spent, then 360 + 60 → 480 s = 8 minutes.
        Assert.Equal(8, StageEstimate.Minutes(Timing, JobStages.Conversion, 10, 0, 60, null, 2));

    [Fact]
    public void Minutes_Queued_AddsTheDocumentsAheadSharedOverTheSlots() =>
        // 2 pages: own 120 s; 4 ahead × ((12 + 24) / 2 = 18 s) / 2 slots = 36 s → 156 s = 3 minutes.
        Assert.Equal(3, StageEstimate.Minutes(Timing, JobStages.Queued, 2, 0, 0, 4, 2));
}
