namespace EqualifyPdf.ClientApi.Web;

/// <summary>The model of the <c>_FieldError</c> partial: a field's error messages under the id its control points to.</summary>
/// <param name="Id">The element id named in the control's <c>aria-describedby</c>.</param>
/// <param name="Messages">The messages; nothing is rendered when null or empty.</param>
public sealed record FieldErrorView(string Id, string[]? Messages);
