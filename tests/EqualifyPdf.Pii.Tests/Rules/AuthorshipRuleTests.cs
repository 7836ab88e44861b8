using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Recognizers;

namespace EqualifyPdf.Pii.Tests.Rules;

/// <summary>Issue 8, rule 2: public authorship is not student data; it is at most an informational PUBLIC_AUTHOR.</summary>
public sealed class AuthorshipRuleTests
{
    [Theory]
    [InlineData("AUTHOR\n       This manual page was written by Andreas Rottmann <rotty@debian.org>, for Debian.\n")]
    [InlineData("Maintained by Ana Beatriz Costa <abcosta@lakeview.edu> and the contributors.\n")]
    [InlineData("Copyright (c) 2014-2026 Henrik Sjoberg <hsjoberg@lakeview.edu>. All rights reserved.\n")]
    [InlineData("# Copyright (C) 2021 Osamu Aoki\n<osamu@debian.org>, Public Domain\n")]
    [InlineData(" -- Matthias Klose <doko@debian.org>  Thu, 09 Feb 2023 13:24:58 +0100\n")]
    [InlineData("Acknowledgments\n\nWe thank Sarah Okoye <sokoye@lakeview.edu> and Tim Brandt for discussions.\n")]
    [InlineData("Sparse Attention\n\nMei-Ling Zhou, Rahul Deshpande\nmzhou@cs.lakeview.edu, rahul.deshpande@northwind.com\n\nAbstract\nWe propose a method.\n")]
    public void Scan_PublicAuthorship_CleanAndNotPersonal(string text)
    {
        var report = PiiScanner.Scan(text);
        Assert.Equal(PiiVerdict.Clean, report.Verdict);
        Assert.All(report.Findings, f => Assert.False(f.TriggersReview, $"{f.EntityType} {f.Snippet}"));
    }

    [Fact]
    public void Scan_AuthorLineWithMailbox_ReportsInformationalPublicAuthor()
    {
        var report = PiiScanner.Scan("Maintained by Ana Beatriz Costa <abcosta@lakeview.edu> and the contributors.");
        var authors = report.Findings.Where(f => f.EntityType == PiiEntityTypes.PublicAuthor).ToList();
        Assert.Contains(authors, f => f.Snippet == "a***@lakeview.edu");
        Assert.All(authors, f => Assert.False(f.TriggersReview));
        Assert.All(authors, f => Assert.Contains("author", f.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("References\n\nHochreiter, Sepp, and Jurgen Schmidhuber. 1997. Long Short-Term Memory. Neural Computation 9 (8).\nLeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. Deep Learning. Nature 521 (2015): 436-444.\n")]
    [InlineData("Week 7  Bourdieu, Pierre, and Loic Wacquant. An Invitation to Reflexive Sociology. University of Chicago Press, 1992.\n")]
    [InlineData("Colleagues who read drafts: Helen Abernethy, Joaquin Ruiz-Molina, Priya Deshmukh and Mariko Endo.\n")]
    public void Scan_CitationsAndAcknowledgedNames_Clean(string text) =>
        Assert.Equal(PiiVerdict.Clean, PiiScanner.Scan(text).Verdict);

    [Fact]
    public void Scan_StudentReportWithAbstract_AuthorStaysStudent()
    {
        const string text = "Lab Report 3\nSubmitted by: Harriet Okoro\nLab partner: Diego Fuentes\n\nAbstract\nThe densities were measured.\n";
        Assert.Equal([PiiEntityTypes.Person], Scan.TypesOver(text, "Diego Fuentes"));
    }
}
