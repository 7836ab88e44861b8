using System.Net;
using System.Net.Http.Headers;
using EqualifyPdf.Web.Tests.Infrastructure;

namespace EqualifyPdf.Web.Tests;

/// <summary>The upload form streams its PDF yet still requires the antiforgery token (checked from the first part).</summary>
[Collection(WebCollection.Name)]
public sealed class FormProtectionTests(WebFixture web)
{
    [Fact]
    public async Task UploadForm_PostWithoutAntiforgeryToken_Rejected400AndNothingStored()
    {
        var blobs = Path.Combine(web.Root, "blobs");
        var before = Pdfs(blobs);
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(TestPdfs.Clean());
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", "forged.pdf");

        using var response = await web.Http.PostAsync("/", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form has expired or did not come from this site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Pdfs(blobs).Except(before));
    }

    // Uploads are the only PDFs in the store; no other test submits while this one runs (one collection).
    private static HashSet<string> Pdfs(string root) =>
        Directory.Exists(root) ? [.. Directory.GetFiles(root, "*.pdf", SearchOption.AllDirectories)] : [];

    [Fact]
    public async Task ReviewForm_PostWithoutAntiforgeryToken_Rejected400()
    {
        using var response = await web.Http.PostAsync("/review/abc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["decision"] = "approved", ["justification"] = "forged", ["reviewed_by"] = "someone",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
