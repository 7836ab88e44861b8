using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>The document-level correction before the pages fan out (heading levels across the whole document).</summary>
public interface IDocumentPass
{
    /// <summary>Corrects <paramref name="document"/> and stores what the page step needs of it.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="document">The converted document.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The corrected document and what the pass used.</returns>
    Task<DocumentPassResult> RunAsync(string jobId, DocumentModel document, CancellationToken cancellationToken);
}

/// <summary>Output of the document pass.</summary>
/// <param name="Document">The corrected document.</param>
/// <param name="Llm">What the AI step used; null when it is off.</param>
public sealed record DocumentPassResult(DocumentModel Document, LlmUsage? Llm);

/// <summary>The default without a model: the document stays as converted (the rule-based corrector fixes heading skips per page).</summary>
public sealed class NoDocumentPass : IDocumentPass
{
    /// <inheritdoc />
    public Task<DocumentPassResult> RunAsync(string jobId, DocumentModel document, CancellationToken cancellationToken) =>
        Task.FromResult(new DocumentPassResult(document, null));
}
