using EqualifyPdf.Pii.Model;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>The real scanner, or a scripted verdict for jobs whose scenario asks for one.</summary>
public sealed class ScenarioPiiScanner(PdfPiiScanner real) : IPiiScanner
{
    public async Task<PiiReport> ScanAsync(Stream pdf, string jobId, CancellationToken cancellationToken)
    {
        var scenario = JobScenario.For(jobId);
        if (scenario?.PiiGate is { } gate)
        {
            await gate.PassAsync(cancellationToken);
        }

        if (scenario?.FakePiiFindings is not { } found)
        {
            return await real.ScanAsync(pdf, jobId, cancellationToken);
        }

        if (!found)
        {
            return new PiiReport(PiiVerdict.Clean, [], new Dictionary<string, int>(), []);
        }

        var finding = new PiiFinding("US_SSN", 1, 10, 21, 0.95, "***-**-6789");
        return new PiiReport(PiiVerdict.NeedsReview, [finding], new Dictionary<string, int> { ["US_SSN"] = 1 }, [1]);
    }
}
