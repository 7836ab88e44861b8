using System.Globalization;
using EqualifyPdf.ClientApi.Apis;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.ClientApi.Uploads;
using EqualifyPdf.ClientApi.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Pages;

/// <summary>The upload page (<c>/</c>): the form posts here and the API's submit handler receives the PDF.</summary>
// The token is checked by MultipartAntiforgery: the built-in filter would read (and buffer) the whole PDF first.
[IgnoreAntiforgeryToken]
public sealed class IndexModel(IOptions<UploadOptions> uploadOptions, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
    : PageModel
{
    /// <summary>The upload limit, checked in the browser before the upload and again by the API.</summary>
    public long MaxBytes => uploadOptions.Value.MaxBytes;

    /// <summary>Problems by form field (<c>file</c>, <c>title</c>, <c>language</c>, <c>review_mode</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>A problem with the whole form rather than one field.</summary>
    public string? FormError { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Streams the upload through <see cref="DocumentsApi.SubmitAsync"/> and goes to the job page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await MultipartAntiforgery.ValidateAsync(HttpContext, antiforgery, antiforgeryOptions))
        {
            FormError = "This form has expired or did not come from this site. Nothing was uploaded; reload the page and try again.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var services = ActivatorUtilities.CreateInstance<DocumentsServices>(HttpContext.RequestServices);
        Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult, EmptyHttpResult> result;
        // A 503 the handler writes itself (admission control, before the upload is read) goes into this buffer, so the
        // page can say it in words instead of showing the API's JSON.
        var pageBody = Response.Body;
        using var handlerAnswer = new MemoryStream();
        Response.Body = handlerAnswer;
        try
        {
            result = await DocumentsApi.SubmitAsync(Request, services, HttpContext.RequestAborted);
        }
        catch (Exception e) when (ServiceUnavailableHandler.IsOurs(e))
        {
            Response.Headers.RetryAfter = ServiceUnavailableHandler.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Busy();
        }
        finally
        {
            Response.Body = pageBody;
        }

        switch (result.Result)
        {
            case Accepted<SubmitResponse> { Value: { } accepted }:
                return RedirectToPage("/Jobs/Job", new { id = accepted.JobId });
            case ValidationProblem validation:
                Errors = validation.ProblemDetails.Errors.ToDictionary();
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            case ProblemHttpResult problem:
                // The size and type of the file are about the file; anything else (a conflict) about the whole upload.
                if (problem.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType
                    or StatusCodes.Status422UnprocessableEntity)
                {
                    Errors = new Dictionary<string, string[]> { ["file"] = [problem.ProblemDetails.Detail ?? "The service refused this file."] };
                }
                else
                {
                    FormError = problem.ProblemDetails.Detail;
                }

                Response.StatusCode = problem.StatusCode;
                return Page();
            default:
                // The handler answered 503 with Retry-After itself; its problem JSON stays in the buffer.
                return Response.StatusCode == StatusCodes.Status503ServiceUnavailable
                    ? Busy()
                    : new StatusCodeResult(Response.StatusCode);
        }
    }

    // The service could not take the upload now: say when to try again, under the file field.
    private PageResult Busy()
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Response.ContentType = null;
        var wait = int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 5;
        Errors = new Dictionary<string, string[]>
        {
            ["file"] = [$"The service is too busy to take the upload right now, so nothing was stored. Try again in {wait} s."],
        };
        return Page();
    }

    /// <summary>The messages for one field, or null.</summary>
    public string[]? ErrorsFor(string field) => Errors.TryGetValue(field, out var messages) ? messages : null;

    /// <summary>The error summary entries, each linking to its field.</summary>
    public IReadOnlyList<(string FieldId, string Message)> Summary() =>
        [.. Errors.SelectMany(e => e.Value.Select(m => (FieldId(e.Key), m)))];

    /// <summary>The id of the control behind a form field name.</summary>
    public static string FieldId(string field) => field switch
    {
        "review_mode" => "review-auto",
        "file" or "title" or "language" => field,
        _ => "file",
    };

    /// <summary>The <c>aria-describedby</c> of a control: its hint and, when there is one, its error.</summary>
    public string? DescribedBy(string field, string? hintId) =>
        string.Join(' ', new[] { hintId, Errors.ContainsKey(field) ? field + "-error" : null }.Where(id => id is not null)) is { Length: > 0 } ids
            ? ids
            : null;
}
