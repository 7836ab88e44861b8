using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Tests.Fake;
using EqualifyPdf.Testing.Bedrock;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace EqualifyPdf.Corrections.Llm.Tests.Correction;

/// <summary>The meters come from the harness's own meter factory, so parallel tests' calls are not counted here.</summary>
public sealed class LlmMetricsTests
{
    [Fact]
    public async Task CompleteAsync_Answered_CountsTheCallItsTokensAndItsTime()
    {
        await using var h = await LlmHarness.StartAsync();
        h.Fake.Enqueue(ScriptedAnswer.Text("fine", 120, 30));
        using var calls = new MetricCollector<long>(h.Get<IMeterFactory>(), LlmMetrics.MeterName, "equalifypdf.llm.calls");
        using var tokens = new MetricCollector<long>(h.Get<IMeterFactory>(), LlmMetrics.MeterName, "equalifypdf.llm.tokens");
        using var duration = new MetricCollector<double>(h.Get<IMeterFactory>(), LlmMetrics.MeterName, "equalifypdf.llm.duration");

        await h.Get<LlmGateway>().CompleteAsync(LlmHarness.Fast, [new ChatMessage(ChatRole.User, "hi")], CancellationToken.None);

        var call = Assert.Single(calls.GetMeasurementSnapshot());
        Assert.Equal(1, call.Value);
        Assert.Equal("ok", call.Tags["outcome"]);
        Assert.Equal(LlmHarness.Fast, call.Tags["model"]);
        var byDirection = tokens.GetMeasurementSnapshot().ToDictionary(m => (string)m.Tags["direction"]!, m => m.Value);
        Assert.Equal(120, byDirection["input"]);
        Assert.Equal(30, byDirection["output"]);
        Assert.InRange(Assert.Single(duration.GetMeasurementSnapshot()).Value, 0, 30);
    }

    [Fact]
    public async Task CompleteAsync_ServerErrorsThenOpenCircuit_CountsEachFailureByReason()
    {
        // Three failed calls open the circuit (the harness's threshold); the fourth is refused without a request.
        await using var h = await LlmHarness.StartAsync();
        h.Fake.Default = ScriptedAnswer.ServerError();
        using var calls = new MetricCollector<long>(h.Get<IMeterFactory>(), LlmMetrics.MeterName, "equalifypdf.llm.calls");
        using var circuit = new MetricCollector<int>(h.Get<IMeterFactory>(), LlmMetrics.MeterName, "equalifypdf.llm.circuit_state");
        var gateway = h.Get<LlmGateway>();

        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<LlmUnavailableException>(() =>
                gateway.CompleteAsync(LlmHarness.Fast, [new ChatMessage(ChatRole.User, "hi")], CancellationToken.None));
        }

        var outcomes = calls.GetMeasurementSnapshot().GroupBy(m => (string)m.Tags["outcome"]!).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.False(outcomes.ContainsKey("ok"));
        Assert.Equal(4, outcomes.Values.Sum());
        Assert.True(outcomes.GetValueOrDefault(LlmFailureReasons.CircuitOpen) >= 1, string.Join(", ", outcomes));
        circuit.RecordObservableInstruments();
        Assert.Equal(1, circuit.LastMeasurement?.Value); // open
    }
}
