using EqualifyPdf.ClientApi.Limits;

namespace EqualifyPdf.ClientApi.Security;

/// <summary>Route conventions for <see cref="ResponseHardening"/> and the request pipeline's security steps.</summary>
public static class SecurityExtensions
{
    /// <summary>The route's URL or answer holds a secret: not cached, not sent on as a referrer.</summary>
    public static TBuilder WithNoStore<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseHardening(NoStore: true, SandboxedContent: false));

    /// <summary>The route serves converted documents: no scripts, sandboxed.</summary>
    public static TBuilder WithSandboxedContent<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseHardening(NoStore: false, SandboxedContent: true));

    /// <summary>
    /// Authentication, authorization, security headers, rate limits and body limits, in that order: an unknown caller
    /// is refused before it counts against anyone's limit, and a body is read only for an allowed request.
    /// </summary>
    public static WebApplication UseEqualifySecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseRequestBodyLimits();
        return app;
    }
}
