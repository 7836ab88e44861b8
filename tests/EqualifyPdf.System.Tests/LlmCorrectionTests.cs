using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EqualifyPdf.System.Tests.Infrastructure;
using EqualifyPdf.Testing.Bedrock;

namespace EqualifyPdf.System.Tests;

/// <summary>The AI correction step end to end: ./run.sh with <c>Llm:Endpoint</c> on the loopback fake Bedrock runtime,
/// credentials from the AWS chain's environment variables, a 10-page job, its ledger, metadata and status.</summary>
public sealed partial class LlmCorrectionTests
{
    private const string Fast = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
    private const int PageInput = 1500, PageOutput = 90, DocumentInput = 700, DocumentOutput = 30;

    [Fact]
    public async Task RunSh_TenPageJobWithFakeBedrock_ModelEditsInLedgerAndLlmTotalsInStatusAndMetadata()
    {
        await using var fake = await FakeBedrockRuntime.StartAsync();
        fake.Responder = Answer;
        var data = Directory.CreateTempSubdirectory("equalify-runsh-llm-").FullName;
        var port = FreePort.Next();
        var environment = new Dictionary<string, string>
        {
            ["PORT"] = Text(port),
            ["SILO_HTTP_PORT"] = Text(FreePort.Next()),
            ["SILO_PORT"] = Text(FreePort.Next()),
            ["GATEWAY_PORT"] = Text(FreePort.Next()),
            ["GARNET_PORT"] = Text(FreePort.Next()),
            ["EQUALIFY_DATA_DIR"] = data,
            ["EQUALIFY_SKIP_BUILD"] = "1",
            ["Llm__Provider"] = "bedrock",
            ["Llm__Region"] = FakeBedrockRuntime.Region,
            ["Llm__FastModel"] = Fast,
            ["Llm__QualityModel"] = "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            ["Llm__Endpoint"] = fake.Url,
            ["AWS_ACCESS_KEY_ID"] = FakeBedrockRuntime.AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = FakeBedrockRuntime.SecretKey,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        var run = HostProcess.Start("bash", [Path.Combine(RepoPaths.Root, "run.sh")], environment, RepoPaths.Root, Path.Combine(data, "run.log"));
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            await HttpPolling.WaitHealthyAsync(api, TimeSpan.FromSeconds(240), run);
            // The LLM check is part of readiness: the health polls above made its one-token probe of the model.
            Assert.NotEmpty(fake.Calls);
            var submittedAt = DateTimeOffset.UtcNow;
            var jobId = await HttpPolling.SubmitAsync(api, LecturesWithHeadings(10), "lectures.pdf");
            await HttpPolling.WaitForStatusAsync(api, jobId, "completed", TimeSpan.FromSeconds(180));

            var calls = fake.Calls.Where(c => c.At >= submittedAt).ToList();
            Assert.Equal(11, calls.Count); // the document pass and one call per page
            Assert.All(calls, c => Assert.True(c.SignatureValid && c.Model == Fast && c.AnthropicVersion == "bedrock-2023-05-31"));
            Assert.Equal(10, calls.Count(c => c.HasImage)); // every page call carries its pdftoppm image

            var status = await api.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{jobId}");
            var metadata = await api.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{jobId}/result?format=metadata&inline=true");
            var expectedCost = Math.Round(((10 * PageInput + DocumentInput) * 0.001 + (10 * PageOutput + DocumentOutput) * 0.005) / 1000, 6);
            foreach (var llm in new[] { status.GetProperty("llm"), metadata.GetProperty("llm") })
            {
                Assert.Equal(11, llm.GetProperty("calls").GetInt32());
                Assert.Equal(10 * PageInput + DocumentInput, llm.GetProperty("input_tokens").GetInt64());
                Assert.Equal(10 * PageOutput + DocumentOutput, llm.GetProperty("output_tokens").GetInt64());
                Assert.Equal(expectedCost, llm.GetProperty("cost_usd").GetDouble(), 6);
            }

            Assert.All(metadata.GetProperty("pages").EnumerateArray(), p => Assert.Equal(1, p.GetProperty("llm").GetProperty("calls").GetInt32()));
            var ledger = await api.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{jobId}/result?format=ledger&inline=true");
            var modelEdits = ledger.GetProperty("edits").EnumerateArray().Where(e => e.GetProperty("corrector").GetString() == Fast).ToList();
            Assert.Equal(10, modelEdits.Count(e => e.GetProperty("reason").GetString() == "set_language"));
            Assert.All(modelEdits, e => Assert.Equal(("page-v1", PageInput), (e.GetProperty("prompt_version").GetString()!, e.GetProperty("input_tokens").GetInt32())));
            using var html = await api.GetAsync($"/api/v1/documents/{jobId}/result?format=html");
            Assert.Contains("lang=\"en-GB\"", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(await run.SignalAndWaitAsync("INT", TimeSpan.FromSeconds(60)), "run.sh did not stop on Ctrl-C");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{run.ReadLog()}");
        }
        finally
        {
            run.Dispose();
            Directory.Delete(data, recursive: true);
        }
    }

    // The document pass keeps the outline; each page marks its second block as British English.
    private static ScriptedAnswer Answer(ReceivedCall call)
    {
        var page = PageNumber().Match(call.Body);
        if (!page.Success)
        {
            return ScriptedAnswer.Operations(DocumentInput, DocumentOutput);
        }

        var id = $"p{page.Groups[1].Value}-b2";
        return ScriptedAnswer.Operations(PageInput, PageOutput, new { op = "set_language", id, language = "en-GB", reason = "British spelling" });
    }

    private static readonly string[] Titles =
    [
        "Thermodynamics", "Kinematics of rigid bodies", "Geometric optics", "Electrostatics", "Acoustics and waves",
        "Fluid dynamics", "Special relativity", "Magnetism", "Quantum basics", "Statistical mechanics",
    ];

    // A large bold title per page (distinct, so it is no running header), so the document pass has an outline to check.
    private static byte[] LecturesWithHeadings(int pages)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.HelveticaBold);
        for (var n = 1; n <= pages; n++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText(Titles[n - 1], 20, new UglyToad.PdfPig.Core.PdfPoint(50, 780), bold);
            page.AddText($"This lecture builds on the exercises and readings of lecture {n - 1} in the course.", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 740), regular);
            page.AddText($"Exercise {n}: solve problem set {n * 3} before the tutorial on Friday.", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 700), regular);
        }

        return builder.Build();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"This page \((\d+)\)")]
    private static partial Regex PageNumber();
}
