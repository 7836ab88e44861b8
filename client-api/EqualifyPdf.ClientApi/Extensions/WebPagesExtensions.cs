using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.ClientApi.Limits;
using EqualifyPdf.ClientApi.Security;
using EqualifyPdf.ClientApi.Web;
using Microsoft.Extensions.FileProviders;

namespace EqualifyPdf.ClientApi.Extensions;

/// <summary>The server-rendered pages for uploaders, reviewers and operators (Razor Pages, <c>Pages/</c>).</summary>
public static class WebPagesExtensions
{
    /// <summary>Where the pages' stylesheet and scripts are served from.</summary>
    public const string AssetsPath = "/assets";

    /// <summary>Registers Razor Pages with the role each page requires.</summary>
    public static WebApplicationBuilder AddEqualifyWebPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AddFolderApplicationModelConvention("/", page =>
                page.EndpointMetadata.Add(new ResponseHardening(NoStore: false, SandboxedContent: false, Page: true)));
            // The upload page hands its body to the upload receiver, which streams it and enforces Uploads:MaxBytes;
            // the 16 KB default of other form posts would refuse every real PDF.
            options.Conventions.AddPageApplicationModelConvention("/Index", page => page.EndpointMetadata.Add(new RequestBodyLimit(null)));
            options.Conventions.AuthorizeFolder("/", AuthPolicies.Submitter);
            options.Conventions.AuthorizeFolder("/Admin", AuthPolicies.Operator);
            // The token in the link is the reviewer's credential, as on the API's token routes.
            options.Conventions.AllowAnonymousToFolder("/Review");
            // Sign-in, sign-out and the 403 page must open for a browser without (the right) session.
            options.Conventions.AllowAnonymousToFolder("/SignIn");
        });
        return builder;
    }

    /// <summary>Serves the pages' stylesheet and scripts. Call before authentication: they are public, and the sign-in
    /// page needs them before anyone has signed in.</summary>
    public static WebApplication UseEqualifyWebAssets(this WebApplication app)
    {
        // Embedded, so the assets are there whatever the content root (run.sh runs the build output, Docker the publish).
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebPagesExtensions).Assembly, "EqualifyPdf.ClientApi.wwwroot"),
            RequestPath = AssetsPath,
            OnPrepareResponse = asset => asset.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        return app;
    }

    /// <summary>Sends browsers that open a notification's API link to the review page and maps the pages.</summary>
    public static WebApplication MapEqualifyWebPages(this WebApplication app)
    {
        app.Use(ReviewLinkRedirect.InvokeAsync);
        app.MapRazorPages();
        return app;
    }
}
