using EqualifyPdf.ClientApi.Uploads;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage.Local;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The submit options as the upload receiver checks them against the caller and the installed OCR languages.</summary>
public sealed class SubmitOptionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("equalify-options-").FullName;

    private static readonly SubmitRules Operator = new(true, () => Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "eng", "fra" }));

    [Fact]
    public async Task Receive_SkipPiiScanByNonOperator_IsRejectedAndNothingStored()
    {
        var outcome = await ReceiveAsync(Operator with { IsOperator = false },
            ("skip_pii_scan", "true"), ("skip_reason", "Synthetic data for a training session."));

        Assert.Equal(UploadResultKind.Invalid, outcome.Kind);
        Assert.Contains("operator", Assert.Single(outcome.Errors["skip_pii_scan"]), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Receive_AllOptionsValid_AreParsed()
    {
        var outcome = await ReceiveAsync(Operator,
            ("review_mode", "human"), ("ocr_languages", "eng+fra"), ("skip_pii_scan", "true"), ("skip_reason", "Synthetic data for a training session."));

        Assert.Equal(UploadResultKind.Stored, outcome.Kind);
        var options = outcome.Options!;
        Assert.Equal((ReviewMode.Human, true, "Synthetic data for a training session."), (options.ReviewMode, options.SkipPiiScan, options.SkipReason));
        Assert.Equal(["eng", "fra"], options.OcrLanguages);
    }

    [Fact]
    public async Task Receive_NoOcrLanguages_NeverAsksWhichAreInstalled()
    {
        var asked = false;
        var rules = new SubmitRules(false, () =>
        {
            asked = true;
            return Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
        });

        var outcome = await ReceiveAsync(rules, ("review_mode", "auto"));

        Assert.Equal(UploadResultKind.Stored, outcome.Kind);
        Assert.False(asked);
        Assert.Equal((ReviewMode.Auto, false, null), (outcome.Options!.ReviewMode, outcome.Options.SkipPiiScan, outcome.Options.SkipReason));
        Assert.Empty(outcome.Options.OcrLanguages);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<UploadOutcome> ReceiveAsync(SubmitRules rules, params (string Name, string Value)[] fields)
    {
        using var form = Infrastructure.ApiClient.Upload(TestPdfs.Clean());
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var body = new MemoryStream();
        await form.CopyToAsync(body);
        body.Position = 0;
        var context = new DefaultHttpContext();
        context.Request.ContentType = form.Headers.ContentType!.ToString();
        context.Request.Body = body;
        var receiver = new PdfUploadReceiver(new LocalFolderBlobStore(_root), Options.Create(new UploadOptions()));
        return await receiver.ReceiveAsync(context.Request, "uploads/test.pdf", rules, CancellationToken.None);
    }
}
