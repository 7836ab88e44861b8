using System.Net;
using System.Text.Json;
using EqualifyPdf.Workflow.Corrections;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workflow.Tests.Services;

public sealed class WorkflowRegistrationTests
{
    [Fact]
    public void AddEqualifyWorkflow_Configured_BindsOptionsAndRegistersDefaults()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflow:ApprovalTimeout"] = "00:00:30",
            ["Workflow:PageConcurrency"] = "2",
            ["Workflow:PublicBaseUrl"] = "https://pdf.example.edu",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddEqualifyWorkflow(config).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WorkflowOptions>>().Value;
        Assert.Equal((TimeSpan.FromSeconds(30), 2, "https://pdf.example.edu"), (options.ApprovalTimeout, options.PageConcurrency, options.PublicBaseUrl));
        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromDays(30), 3), (options.ProcessingTimeout, options.Retention, options.MaxJobAttempts));
        Assert.IsType<PdfPiiScanner>(provider.GetRequiredService<IPiiScanner>());
        Assert.IsType<PdfDocumentConverter>(provider.GetRequiredService<IDocumentConverter>());
        Assert.IsType<RuleBasedPageCorrector>(provider.GetRequiredService<IPageCorrector>());
        Assert.IsType<OutboxApprovalNotifier>(provider.GetRequiredService<IApprovalNotifier>());
        Assert.Same(TimeProvider.System, provider.GetRequiredKeyedService<TimeProvider>(WorkflowTime.Key));
    }

    [Fact]
    public void AddEqualifyWorkflow_RelativePublicUrl_FailsValidation()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workflow:PublicBaseUrl"] = "/relative" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddEqualifyWorkflow(config).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WorkflowOptions>>().Value);
    }

    [Fact]
    public async Task NotifyAsync_WithWebhook_WritesOutboxFileAndPostsSameJson()
    {
        var outbox = Path.Combine(Path.GetTempPath(), "eqpdf-outbox-" + Guid.NewGuid().ToString("N"));
        var handler = new CapturingHandler();
        var options = Options.Create(new WorkflowOptions { OutboxFolder = outbox, WebhookUrl = "https://hooks.example.test/pdf" });
        var notifier = new OutboxApprovalNotifier(options, new HandlerFactory(handler), NullLogger<OutboxApprovalNotifier>.Instance);
        var expires = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        await notifier.NotifyAsync(new ApprovalNotification("approval_required", "job-1", "https://x/api/v1/approval/tok/review", expires), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(outbox));
        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        Assert.Equal("approval_required", written.RootElement.GetProperty("type").GetString());
        Assert.Equal("job-1", written.RootElement.GetProperty("job_id").GetString());
        Assert.Equal("https://x/api/v1/approval/tok/review", written.RootElement.GetProperty("review_url").GetString());
        Assert.Equal(expires, written.RootElement.GetProperty("expires_at").GetDateTimeOffset());
        Assert.Equal("https://hooks.example.test/pdf", handler.Uri!.ToString());
        using var posted = JsonDocument.Parse(handler.Body!);
        Assert.Equal("job-1", posted.RootElement.GetProperty("job_id").GetString());
        Directory.Delete(outbox, recursive: true);
    }

    [Fact]
    public async Task NotifyAsync_WebhookUnreachable_OutboxFileStillWritten()
    {
        var outbox = Path.Combine(Path.GetTempPath(), "eqpdf-outbox-" + Guid.NewGuid().ToString("N"));
        var options = Options.Create(new WorkflowOptions { OutboxFolder = outbox, WebhookUrl = "https://hooks.example.test/pdf" });
        var notifier = new OutboxApprovalNotifier(options, new HandlerFactory(new FailingHandler()), NullLogger<OutboxApprovalNotifier>.Instance);

        await notifier.NotifyAsync(new ApprovalNotification("approval_required", "job-2", "https://x/r", DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal("approval_required-job-2.json", Path.GetFileName(Assert.Single(Directory.GetFiles(outbox))));
        Directory.Delete(outbox, recursive: true);
    }

    private sealed class FailingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("connection refused");
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public Uri? Uri { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri = request.RequestUri;
            Body = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }
    }

    private sealed class HandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
