using Xunit.Abstractions;

namespace EqualifyPdf.Pii.Tests.Independent;

/// <summary>
/// The bar of issue 8 on the hand-written corpus in tests/pii-corpus-independent, which the recognizers were not
/// written against: the figures are printed in the test output.
/// </summary>
public sealed class IndependentCorpusTests(ITestOutputHelper output)
{
    private const double MinimumF2 = 0.90;
    private const double MaximumReviewFalsePositivesPerCleanDocument = 0.1;
    private const double MinimumVerdictAccuracy = 0.95;

    private static readonly Lazy<IndependentEvaluation> Evaluation = new(() => IndependentEvaluation.Run(IndependentCorpus.Load()));

    [Fact]
    public void IndependentCorpus_Size_AtLeastHundredDocumentsFortyClean()
    {
        var corpus = IndependentCorpus.Load();
        Assert.True(corpus.Count >= 100, $"{corpus.Count} documents");
        Assert.True(corpus.Count(d => d.Kind == "clean") >= 40);
        Assert.All(corpus, d => Assert.Equal(d.Kind == "student", d.Labels.Any(l => new PiiOptions().ReviewEntityTypes.Contains(l.EntityType))));
    }

    [Fact]
    public void Scan_IndependentCorpus_F2AtLeastNinetyPercentExcludingStaff()
    {
        var evaluation = Evaluation.Value;
        Print(evaluation);
        Assert.True(evaluation.Overall.F2 >= MinimumF2, $"F2 {evaluation.Overall.F2:F3} < {MinimumF2}");
    }

    [Fact]
    public void Scan_IndependentCleanDocuments_AtMostOneReviewFindingPerTenDocuments()
    {
        var evaluation = Evaluation.Value;
        output.WriteLine($"review-triggering findings in {evaluation.CleanDocuments} clean documents: {evaluation.CleanReviewFindings}");
        Assert.True(evaluation.ReviewFalsePositivesPerCleanDocument <= MaximumReviewFalsePositivesPerCleanDocument,
            $"{evaluation.ReviewFalsePositivesPerCleanDocument:F2} per clean document");
    }

    [Fact]
    public void Scan_IndependentCorpus_VerdictAccuracyAndNoStudentDocumentPassed()
    {
        var evaluation = Evaluation.Value;
        output.WriteLine($"verdict accuracy {evaluation.VerdictAccuracy:F3}; clean flagged: {string.Join(", ", evaluation.CleanDocumentsFlagged)}");
        Assert.Empty(evaluation.StudentDocumentsPassedClean);
        Assert.True(evaluation.VerdictAccuracy >= MinimumVerdictAccuracy, $"verdict accuracy {evaluation.VerdictAccuracy:F3}");
    }

    private void Print(IndependentEvaluation evaluation)
    {
        output.WriteLine($"{"entity",-18} {"TP",5} {"FP",5} {"FN",5} {"P",6} {"R",6} {"F2",6}");
        foreach (var (type, c) in evaluation.ByType)
        {
            output.WriteLine($"{type,-18} {c.TruePositives,5} {c.FalsePositives,5} {c.FalseNegatives,5} {c.Precision,6:F3} {c.Recall,6:F3} {c.F2,6:F3}");
        }

        var o = evaluation.Overall;
        output.WriteLine($"{"REVIEW TYPES",-18} {o.TruePositives,5} {o.FalsePositives,5} {o.FalseNegatives,5} {o.Precision,6:F3} {o.Recall,6:F3} {o.F2,6:F3}");
        output.WriteLine($"clean documents {evaluation.CleanDocuments}, review findings per clean document {evaluation.ReviewFalsePositivesPerCleanDocument:F2}, "
            + $"verdict accuracy {evaluation.VerdictAccuracy:F3}, student documents passed clean: {evaluation.StudentDocumentsPassedClean.Count}");
        foreach (var error in evaluation.Errors)
        {
            output.WriteLine(error);
        }
    }
}
