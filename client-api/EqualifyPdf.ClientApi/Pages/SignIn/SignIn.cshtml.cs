using EqualifyPdf.ClientApi.SignIn;
using EqualifyPdf.Hosting.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Pages.SignIn;

/// <summary>
/// The sign-in page (<c>/sign-in</c>): the user pastes their API key, which is checked against the same key store as the
/// <c>X-API-Key</c> header, and gets a <see cref="BrowserSession"/> with the key's name and role; then back to the page
/// they asked for (a local address only).
/// </summary>
public sealed class SignInModel(IOptionsMonitor<ApiKeyOptions> keys) : PageModel
{
    /// <summary>The form field of the key.</summary>
    public const string KeyField = "api_key";

    /// <summary>The pasted key (never echoed back, never logged).</summary>
    [BindProperty(Name = KeyField)]
    public string? ApiKey { get; set; }

    /// <summary>The page to return to after sign-in.</summary>
    [BindProperty(SupportsGet = true, Name = BrowserSession.ReturnUrlParameter)]
    public string? ReturnUrl { get; set; }

    /// <summary>The problem with the key, shown under the field and in the summary.</summary>
    public string? KeyError { get; private set; }

    /// <summary>False when no keys are configured: every request is the local operator and there is nothing to sign in to.</summary>
    public bool KeysConfigured => keys.CurrentValue.HasKeys;

    /// <summary>Set after signing out.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the key and opens the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!KeysConfigured)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        var key = ApiKey?.Trim();
        KeyError = string.IsNullOrEmpty(key)
            ? "Paste your API key."
            : keys.CurrentValue.Find(key) is null
                ? "That API key is not valid. Paste the whole key you were given, or ask an operator for a new one."
                : null;
        if (KeyError is not null)
        {
            ApiKey = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var principal = BrowserSession.CreatePrincipal(keys.CurrentValue.Find(key!)!);
        await HttpContext.SignInAsync(BrowserSession.SchemeName, principal, new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(SafeReturnUrl());
    }

    private string SafeReturnUrl() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
