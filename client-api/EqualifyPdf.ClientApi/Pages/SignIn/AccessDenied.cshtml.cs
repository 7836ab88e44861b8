using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualifyPdf.ClientApi.Pages.SignIn;

/// <summary>The 403 page (<c>/access-denied</c>): the signed-in role may not open the page asked for. It answers 403
/// itself and links elsewhere, so it can never send the browser round in a loop.</summary>
public sealed class AccessDeniedModel : PageModel
{
    /// <summary>Answers 403.</summary>
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
