using System.Net;
using System.Text;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.ClientApi.Uploads;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>Uploaded file names come out NFC, without control or bidi characters, and at most 255 UTF-8 bytes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class UploadFileNameTests(ClusterFixture cluster)
{
    [Theory]
    [InlineData("notes.pdf", "notes.pdf")]
    [InlineData("Cafe\u0301 menu.pdf", "Caf\u00e9 menu.pdf")]
    [InlineData("invoice\u202Efdp.exe\u202C.pdf", "invoicefdp.exe.pdf")]
    [InlineData("a\u0000b\u001Fc\u007F\u2028d\u2066e\u2069\u200Ff.pdf", "abcdef.pdf")]
    [InlineData("C:\\Users\\ana\\syllabus.pdf", "syllabus.pdf")]
    [InlineData("../../etc/notes.pdf", "notes.pdf")]
    [InlineData("  spaced.pdf \t", "spaced.pdf")]
    [InlineData("\u202E\u0007", "")]
    public void Normalize_Name_IsCleaned(string raw, string expected) =>
        Assert.Equal(expected, UploadFileName.Normalize(raw));

    [Fact]
    public void Normalize_LongName_KeepsExtensionAndWholeCharactersWithin255Bytes()
    {
        var raw = string.Concat(Enumerable.Repeat("\u00e9t\u00e9\U0001F600", 80)) + ".pdf";
        var name = UploadFileName.Normalize(raw);
        Assert.InRange(Encoding.UTF8.GetByteCount(name), 200, 255);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        Assert.True(raw.StartsWith(name[..^4], StringComparison.Ordinal), "the kept part is a prefix of whole characters");
        Assert.False(char.IsHighSurrogate(name[^5]), "no half emoji before the extension");
    }

    [Fact]
    public async Task Submit_NameWithBidiAndControlCharacters_IsStoredNormalized()
    {
        using var client = cluster.Api.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestPdfs.Clean());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        file.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data")
        {
            Name = "\"file\"",
            FileNameStar = "re\u0301sume\u0301\u202Egpj.pdf",
        };
        form.Add(file);

        using var response = await client.PostAsync("/api/v1/documents/submit", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var jobId = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("job_id").GetString()!;
        Assert.Equal("r\u00e9sum\u00e9gpj.pdf", (await client.GetJobAsync(jobId)).GetProperty("filename").GetString());
    }
}
