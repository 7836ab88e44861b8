using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>US bank account numbers (8–17 digits), only with account or bank context: bare digit runs are anything.</summary>
internal sealed partial class UsBankNumberRecognizer : IPiiRecognizer
{
    private const double WithContextScore = 0.75;

    private static readonly ContextPhrases Context = new("account", "acct", "bank", "checking", "savings", "account number", "account no", "deposit");

    // A routing number identifies the bank, not the customer.
    private static readonly ContextPhrases NotAccount = new("routing", "aba", "transit");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        // Reported only with context, so a page without any context word cannot hold one.
        if (!Context.MayOccurIn(page.Text))
        {
            return;
        }

        foreach (var match in BankNumber().EnumerateMatches(page.Text))
        {
            if (NotAccount.Before(page.Text, match.Index, 2))
            {
                continue;
            }

            if (Context.Before(page.Text, match.Index, settings.ContextWindow) || TableContext.HeaderHas(page, match.Index, Context))
            {
                output.Add(new Candidate(PiiEntityTypes.UsBankNumber, match.Index, match.Index + match.Length, WithContextScore));
            }
        }
    }

    [GeneratedRegex(@"(?<![\w\-/.,$])\d{8,17}(?![\w\-/%]|[.,]\d)")]
    private static partial Regex BankNumber();
}
