using Microsoft.AspNetCore.Http.Features;
using Plenary.Application.Documents;

namespace Plenary.Web.Security;

/// <summary>
/// A route that takes a file (a document's PDF or DOCX, an import): its requests may be as large as
/// the largest file accepted (Plenary:Documents:MaxFileBytes) and a little more for the form around
/// it. Put on a page model (<c>[TakesFileUpload]</c>) or an endpoint (<c>.WithMetadata(new TakesFileUploadAttribute())</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TakesFileUploadAttribute : Attribute;

/// <summary>
/// The size of a request body, per route: forms and JSON bodies up to Plenary:Requests:MaxBodyBytes
/// (2 MB unless configured: the longest texts the domain accepts fit many times over), routes that
/// take a file (<see cref="TakesFileUploadAttribute"/>) up to the largest file and 1 MB. A larger body is
/// answered 413 before anything reads it: a problem naming the limit under /api, the error page
/// elsewhere; a body that grows past the limit while it is read (no Content-Length) gets the same.
/// </summary>
public static class RequestSizeLimits
{
    public const long DefaultMaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>The limit of a request on this route.</summary>
    public static long LimitFor(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<RequestLimitSettings>();
        return context.GetEndpoint()?.Metadata.GetMetadata<TakesFileUploadAttribute>() is not null
            ? limits.MaxFileBytes + 1024 * 1024
            : limits.MaxBodyBytes;
    }

    /// <summary>After routing (the route says its limit), before anything reads the body.</summary>
    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page, re-executed for this very answer, reads no body.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }
        var limit = LimitFor(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit);
            return;
        }
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLargeAsync(context, limit);
        }
    });

    private static async Task TooLargeAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The rest of the body is not read; the connection is closed after this answer.
        context.Response.Headers.Connection = "close";
        if (!context.Request.Path.StartsWithSegments("/api")) return; // the error page explains (status code pages)
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request too large",
                Detail = $"The request body is larger than {Describe(limit)}, the most this route accepts; nothing was changed. Texts have their own limits, which the domain names.",
                Extensions = { ["limit"] = limit },
            },
        });
    }

    /// <summary>"2 MB", "26 MB", "512 KB".</summary>
    public static string Describe(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024):N0} MB"
        : bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):N1} MB" : $"{Math.Max(1, bytes / 1024):N0} KB";
}

/// <summary>The configured limits: Plenary:Requests:MaxBodyBytes and the largest file (<see cref="DocumentLimits"/>).</summary>
public sealed record RequestLimitSettings(long MaxBodyBytes, long MaxFileBytes);
