namespace EqualifyPdf.Workflow.Pages;

/// <summary>The converted page a page grain should correct is not in the temp container; retrying cannot help.</summary>
internal sealed class PageSourceMissingException(string message) : Exception(message);
