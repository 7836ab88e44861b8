namespace EqualifyPdf.Pii.Tests.Recognizers;

public sealed class TrapTests
{
    [Theory]
    [InlineData("See ISBN 978-0-262-03384-8 for the third edition.")]
    [InlineData("ISBN-10: 0-262-03384-4")]
    [InlineData("Available at doi:10.1145/3368089.3409692 and in print.")]
    [InlineData("CS 341 meets in Room 1404, Siebel Center.")]
    [InlineData("As Smith (2019, pp. 1123-1145) argues, the effect is small.")]
    [InlineData("Week 5: Monday, Oct 6, 2025 - Midterm review")]
    [InlineData("Lecture runs 10:30-11:45; lab 13:00-15:30.")]
    [InlineData("Requires Python 3.11.4 and build 10.0.19045.3693.")]
    [InlineData("Job 3f2504e0-4f89-11d3-9a0c-0305e82c3301 finished.")]
    [InlineData("Upload results_3128675309.csv and lab2_536228812.pdf to the portal.")]
    [InlineData("ACADEMIC INTEGRITY POLICY")]
    [InlineData("Solve 12x + 345 = 67890, then check 123 * 456 = 56088.")]
    [InlineData("The constant is 3.141592653589 to twelve places.")]
    [InlineData("Submit via https://canvas.example.edu/courses/31286/assignments/753090 by Friday.")]
    public void Scan_KnownTrap_NeedsNoReview(string text) =>
        Assert.Equal(Model.PiiVerdict.Clean, PiiScanner.Scan(text).Verdict);

    [Fact]
    public void Scan_UrlOnly_ReportsUrlButStaysClean()
    {
        var report = PiiScanner.Scan("Course site: https://canvas.example.edu/courses/12345.");
        Assert.Equal(PiiEntityTypes.Url, Assert.Single(report.Findings).EntityType);
        Assert.Equal(Model.PiiVerdict.Clean, report.Verdict);
    }
}
