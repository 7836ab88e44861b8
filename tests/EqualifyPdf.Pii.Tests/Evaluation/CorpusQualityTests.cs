using EqualifyPdf.Pii.Tests.Corpus;
using Xunit.Abstractions;

namespace EqualifyPdf.Pii.Tests.Evaluation;

/// <summary>The quality bar from issues 4 and 8 (F2 at least 0.95), measured on the committed corpus and printed in the test output.</summary>
public sealed class CorpusQualityTests(ITestOutputHelper output)
{
    private const double MinimumF2 = 0.95;
    private const double MaximumNegativeFalsePositiveRate = 0.02;

    private static readonly Lazy<CorpusEvaluation> Evaluation = new(() => CorpusEvaluation.Run(CorpusFiles.Load()));

    [Fact]
    public void Scan_LabelledCorpus_OverallF2AtLeastNinetyFivePercent()
    {
        var evaluation = Evaluation.Value;
        Print(evaluation);
        Assert.True(evaluation.Overall.TruePositives > 1000, "the corpus should hold well over 1000 labelled spans");
        Assert.True(evaluation.Overall.F2 >= MinimumF2, $"overall F2 {evaluation.Overall.F2:F3} < {MinimumF2}");
    }

    [Fact]
    public void Scan_NegativeSet_FalsePositiveRateAtMostTwoPercent()
    {
        var evaluation = Evaluation.Value;
        output.WriteLine($"negative documents: {evaluation.NegativeDocuments}, flagged needs_review: {evaluation.NegativeDocumentsFlagged} ({evaluation.NegativeFalsePositiveRate:P2})");
        Assert.True(evaluation.NegativeDocuments >= 300);
        Assert.True(evaluation.NegativeFalsePositiveRate <= MaximumNegativeFalsePositiveRate, $"negative FP rate {evaluation.NegativeFalsePositiveRate:P2}");
    }

    [Theory]
    [InlineData(PiiEntityTypes.EmailAddress, 0.95, 0.95)]
    [InlineData(PiiEntityTypes.PhoneNumber, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.UsSsn, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.CreditCard, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.IbanCode, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.IpAddress, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.UsItin, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.UsPassport, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.UsBankNumber, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.DateOfBirth, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.StudentId, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.Address, 0.85, 0.85)]
    [InlineData(PiiEntityTypes.Person, 0.85, 0.8)]
    [InlineData(PiiEntityTypes.StaffContact, 0.85, 0.85)]
    [InlineData(PiiEntityTypes.EducationRecord, 0.9, 0.9)]
    [InlineData(PiiEntityTypes.Url, 0.9, 0.9)]
    public void Scan_LabelledCorpus_PerEntityPrecisionAndRecall(string entityType, double minPrecision, double minRecall)
    {
        var counts = Evaluation.Value.ByType.GetValueOrDefault(entityType) ?? new EntityCounts();
        output.WriteLine($"{entityType}: TP {counts.TruePositives} FP {counts.FalsePositives} FN {counts.FalseNegatives} P {counts.Precision:F3} R {counts.Recall:F3} F2 {counts.F2:F3}");
        Assert.True(counts.TruePositives > 0, $"no {entityType} found in the corpus");
        Assert.True(counts.Precision >= minPrecision, $"{entityType} precision {counts.Precision:F3}");
        Assert.True(counts.Recall >= minRecall, $"{entityType} recall {counts.Recall:F3}");
    }

    private void Print(CorpusEvaluation evaluation)
    {
        output.WriteLine($"{"entity",-18} {"TP",6} {"FP",5} {"FN",5} {"P",6} {"R",6} {"F2",6}");
        foreach (var (type, c) in evaluation.ByType)
        {
            output.WriteLine($"{type,-18} {c.TruePositives,6} {c.FalsePositives,5} {c.FalseNegatives,5} {c.Precision,6:F3} {c.Recall,6:F3} {c.F2,6:F3}");
        }

        var o = evaluation.Overall;
        output.WriteLine($"{"OVERALL",-18} {o.TruePositives,6} {o.FalsePositives,5} {o.FalseNegatives,5} {o.Precision,6:F3} {o.Recall,6:F3} {o.F2,6:F3}");
        output.WriteLine($"negative-set FP rate: {evaluation.NegativeFalsePositiveRate:P2} ({evaluation.NegativeDocumentsFlagged}/{evaluation.NegativeDocuments})");
        foreach (var error in evaluation.Errors.Take(400))
        {
            output.WriteLine(error);
        }
    }
}
