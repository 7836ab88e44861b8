using EqualifyPdf.ClientApi.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualifyPdf.ClientApi.Pages.SignIn;

/// <summary>Sign-out (<c>/sign-out</c>): a POST with the antiforgery token ends the browser session.</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>What the sign-in page says afterwards.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows the sign-out button (for a browser that opens the address).</summary>
    public void OnGet()
    {
    }

    /// <summary>Ends the session and goes to the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(BrowserSession.SchemeName);
        Notice = "You are signed out.";
        return LocalRedirect(BrowserSession.SignInPath);
    }
}
