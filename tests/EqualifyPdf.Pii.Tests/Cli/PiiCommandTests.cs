using System.Text.Json;
using EqualifyPdf.Cli.Commands;
using EqualifyPdf.Pii.Tests.Pdf;

namespace EqualifyPdf.Pii.Tests.Cli;

public sealed class PiiCommandTests : IDisposable
{
    private const string StudentText = "Student Name: Maria Garcia\nEmail: maria.garcia@example.edu\nSSN: 536-22-8812\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("pii-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_TextFileWithJson_PrintsVerdictAndWritesSnakeCaseReport()
    {
        var input = Write("record.txt", StudentText);
        var jsonDir = Path.Combine(_dir, "out");
        var (code, stdout, stderr) = Run(input, "--json", jsonDir);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("needs_review", stdout);
        Assert.Contains("EMAIL_ADDRESS 1", stdout);
        Assert.Contains("US_SSN 1", stdout);
        var json = File.ReadAllText(Path.Combine(jsonDir, "record.json"));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("needs_review", doc.RootElement.GetProperty("verdict").GetString());
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(3, findings.Count);
        var email = findings.Single(f => f.GetProperty("entity_type").GetString() == PiiEntityTypes.EmailAddress);
        Assert.Equal(1, email.GetProperty("page").GetInt32());
        Assert.Equal("maria.garcia@example.edu", StudentText[email.GetProperty("start").GetInt32()..email.GetProperty("end").GetInt32()]);
        Assert.InRange(email.GetProperty("score").GetDouble(), 0.5, 1);
        Assert.Equal("m***@example.edu", email.GetProperty("snippet").GetString());
        Assert.True(email.GetProperty("triggers_review").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(email.GetProperty("reason").GetString()));
        // Nothing raw reaches the console or the report.
        foreach (var raw in new[] { "maria.garcia", "536-22-8812", "Maria Garcia" })
        {
            Assert.DoesNotContain(raw, json);
            Assert.DoesNotContain(raw, stdout);
        }
    }

    [Fact]
    public void Run_CleanPdf_PrintsClean()
    {
        var input = Path.Combine(_dir, "schedule.pdf");
        File.WriteAllBytes(input, CorpusPdf.Build(["CS 341 meets in Room 1404, Siebel Center.\nWeek 5: Oct 6, 2025 - Midterm review"]));
        var jsonDir = Path.Combine(_dir, "out");

        var (code, stdout, _) = Run(input, "--json", jsonDir);

        Assert.Equal(0, code);
        Assert.Contains("schedule.pdf: clean", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(jsonDir, "schedule.json")));
        Assert.Equal("clean", doc.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Run_BadFilesAmongGood_ReportsEachOnOneLineAndScansTheRest()
    {
        var corrupt = Write("broken.pdf", "this is not a PDF at all");
        var missing = Path.Combine(_dir, "missing.txt");
        var unsupported = Write("notes.docx", "binary");
        var good = Write("good.txt", StudentText);
        var jsonDir = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = Run(corrupt, missing, unsupported, good, "--json", jsonDir);

        Assert.NotEqual(0, code);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, errors.Length);
        Assert.StartsWith(corrupt + ": ", errors[0]);
        Assert.StartsWith(missing + ": ", errors[1]);
        Assert.StartsWith(unsupported + ": ", errors[2]);
        Assert.Contains("good.txt: needs_review", stdout);
        Assert.True(File.Exists(Path.Combine(jsonDir, "good.json")));
        Assert.False(File.Exists(Path.Combine(jsonDir, "broken.json")));
        Assert.Empty(Directory.GetFiles(jsonDir, "*.tmp"));
    }

    [Theory]
    [InlineData]
    [InlineData("--json")]
    [InlineData("file.txt", "--bogus")]
    public void Run_BadArguments_PrintsUsageAndReturnsTwo(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(2, PiiCommand.Run(args, stdout, stderr));
        Assert.Contains("usage", stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PiiCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
