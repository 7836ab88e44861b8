namespace EqualifyPdf.ClientApi.Limits;

/// <summary>Route conventions and the middleware for <see cref="RequestBodyLimit"/>.</summary>
public static class RequestBodyLimitExtensions
{
    /// <summary>Accept bodies up to <paramref name="maxBytes"/> on this route.</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestBodyLimit(maxBytes));

    /// <summary>The handler streams the body and enforces its own limit (the upload).</summary>
    public static TBuilder WithStreamedBody<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestBodyLimit(null));

    /// <summary>Adds <see cref="RequestBodyLimitMiddleware"/>; place it after authorization, before the endpoints.</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestBodyLimitMiddleware>();
}
