using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>Finds one kind of personal information in a page, scoring each match with its own validation and context.</summary>
internal interface IPiiRecognizer
{
    void Recognize(PageText page, ScanSettings settings, List<Candidate> output);
}
