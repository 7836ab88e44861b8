using EqualifyPdf.Workflow.Corrections;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>The real rule-based corrector, counting calls per page and failing or holding pages on request.</summary>
public sealed class ScenarioCorrector(RuleBasedPageCorrector real) : IPageCorrector
{
    public async Task<PageCorrection> CorrectAsync(PageCorrectionRequest request, CancellationToken cancellationToken)
    {
        var scenario = JobScenario.For(request.JobId);
        if (scenario is null)
        {
            return await real.CorrectAsync(request, cancellationToken);
        }

        scenario.CorrectorCalls.AddOrUpdate(request.Page.Number, 1, (_, n) => n + 1);
        scenario.EnterCorrection();
        try
        {
            if (scenario.CorrectorGate is { } gate)
            {
                await gate.PassAsync(cancellationToken);
            }
            else
            {
                // Long enough for concurrent pages to overlap, so the concurrency bound is observable.
                await Task.Delay(20, cancellationToken);
            }

            if (scenario.PagesFail && scenario.FailingPages.Contains(request.Page.Number))
            {
                throw new InvalidOperationException($"scripted failure of page {request.Page.Number}");
            }

            return await real.CorrectAsync(request, cancellationToken);
        }
        finally
        {
            scenario.ExitCorrection();
        }
    }
}
