namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Keeps the committed corpus identical to what the seeded generator produces, and valid.</summary>
public sealed class CorpusFilesTests
{
    [Fact]
    public void CorpusFiles_CommittedCorpus_MatchesGenerator()
    {
        var generated = CorpusGenerator.Generate();
        if (Environment.GetEnvironmentVariable("PII_CORPUS_WRITE") == "1")
        {
            CorpusFiles.Write(generated);
        }

        var committed = CorpusFiles.Load().ToDictionary(d => d.Name);
        Assert.Equal(generated.Count, committed.Count);
        foreach (var doc in generated)
        {
            Assert.True(committed.TryGetValue(doc.Name, out var onDisk), $"{doc.Name} missing from tests/pii-corpus");
            Assert.Equal(doc.Text, onDisk.Text);
            Assert.Equal(doc.Labels, onDisk.Labels);
        }
    }

    [Fact]
    public void CorpusFiles_Labels_AreInsideTextAndDoNotOverlap()
    {
        foreach (var doc in CorpusFiles.Load())
        {
            var ordered = doc.Labels.OrderBy(l => l.Start).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                Assert.InRange(ordered[i].Start, 0, ordered[i].End - 1);
                Assert.True(ordered[i].End <= doc.Text.Length, doc.Name);
                Assert.True(i == 0 || ordered[i - 1].End <= ordered[i].Start, $"{doc.Name}: overlapping labels");
                Assert.Contains(ordered[i].EntityType, PiiEntityTypes.All);
            }
        }
    }
}
