using System.Diagnostics;

namespace Plenary.Web.Security;

/// <summary>
/// One log line per request ("GET /bodies/eg-cybercrime 200 in 12 ms", category Plenary.Requests),
/// in place of ASP.NET Core's own request lines, which write the whole address: the token of an
/// invitation link (/invitations/{token}) is a secret and is written as "[token]".
/// </summary>
public static class RequestLog
{
    public const string Category = "Plenary.Requests";

    /// <summary>ASP.NET Core's request lines (they would carry the token) are left to warnings; this log takes their place.</summary>
    public static WebApplicationBuilder AddRequestLog(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        return builder;
    }

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next();
            }
            finally
            {
                if (log.IsEnabled(LogLevel.Information))
                    log.LogInformation("{Method} {Path} {Status} in {Milliseconds:0} ms", context.Request.Method, Redact(context.Request.Path),
                        context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    /// <summary>"/invitations/abc…" → "/invitations/[token]"; every other path as it is.</summary>
    public static string Redact(PathString path) =>
        path.StartsWithSegments("/invitations", StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue && rest.Value!.Length > 1
            ? "/invitations/[token]"
            : path.Value ?? "/";
}
