using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;
using Plenary.Application.Data;

namespace Plenary.Web.Caching;

/// <summary>
/// Responses for readers who cannot edit, kept and revalidated by the record's version (ADR 0020).
/// An anonymous GET of a public page, a public API read or a generated document is answered from
/// memory when the record has not changed since it was made, with an ETag, and with
/// 304 Not Modified when the reader already holds it. Each request reads the version from the store
/// (<see cref="RecordVersionGate"/>), so a write on any instance is seen on the very next read.
/// </summary>
public sealed class PublicResponseCache(RecordVersionGate versions, TimeProvider clock, IConfiguration configuration) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions
    {
        SizeLimit = configuration.GetValue("Plenary:Cache:MaxMegabytes", 256L) * 1024 * 1024,
    });
    private readonly long _largest = configuration.GetValue("Plenary:Cache:LargestEntryMegabytes", 8L) * 1024 * 1024;
    private readonly bool _enabled = configuration.GetValue("Plenary:Cache:Enabled", true);

    public void Dispose() => _entries.Dispose();

    private sealed record Entry(string ETag, byte[] Body, string? ContentType, string? ContentDisposition, string? ContentSecurityPolicy);

    /// <summary>Paths never kept: accounts, administration, setup, health, invitations, the API description, live streams.</summary>
    private static readonly string[] Private = ["/account", "/admin", "/setup", "/health", "/invitations", "/openapi", "/error"];

    /// <summary>Pages whose content changes with the clock within a day, never kept: silence procedures and comment rounds end at their deadline.</summary>
    private static readonly string[] ClockDependent = ["/silence-procedures", "/comment-rounds"];

    public static bool IsCacheable(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (request.Headers.Authorization.Count > 0) return false;
        // A reader with a sign-in or antiforgery cookie may see a page made for them.
        foreach (var cookie in request.Cookies.Keys)
            if (cookie == "plenary" || cookie.StartsWith(".AspNetCore.", StringComparison.Ordinal)) return false;
        var path = request.Path.Value ?? "/";
        foreach (var prefix in Private)
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return false;
        if (path.EndsWith("/stream", StringComparison.OrdinalIgnoreCase)) return false;
        // A silence procedure is concluded by its deadline, not by a write: what its pages say changes with
        // the clock, so they are made on each read (which concludes one that is due).
        // A comment round closes at its deadline too.
        foreach (var clocked in ClockDependent)
            if (path.Contains(clocked, StringComparison.OrdinalIgnoreCase)) return false;
        // Uploaded files are read from the store as they are; keeping copies of them would only take memory.
        if (path.Contains("/files/", StringComparison.OrdinalIgnoreCase)) return false;
        return !request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase);
    }

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!_enabled || !IsCacheable(context.Request))
        {
            await next();
            return;
        }
        long? version;
        try
        {
            version = await versions.CurrentAsync();
        }
        catch (Exception)
        {
            version = null; // the store cannot say: answer without the cache
        }
        if (version is null)
        {
            await next();
            return;
        }

        // What a page shows may depend on the day (a meeting still to be held), so the day is part of the key.
        var day = clock.GetUtcNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var etag = $"\"r{version}-{day}\"";
        var key = context.Request.Path.Value + context.Request.QueryString.Value;
        var response = context.Response;
        if (context.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } given && Matches(given, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "no-cache";
            return;
        }
        if (_entries.TryGetValue(key, out Entry? kept) && kept!.ETag == etag)
        {
            await WriteAsync(context, kept);
            return;
        }

        // Make the response, keep a copy as it goes out.
        var original = response.Body;
        await using var copy = new MemoryStream();
        response.Body = copy;
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie))
            {
                response.Headers.ETag = etag;
                response.Headers.CacheControl = "no-cache";
            }
            return Task.CompletedTask;
        });
        try
        {
            await next();
        }
        finally
        {
            response.Body = original;
        }
        copy.Position = 0;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && copy.Length <= _largest && HttpMethods.IsGet(context.Request.Method))
        {
            var entry = new Entry(etag, copy.ToArray(), response.ContentType, response.Headers.ContentDisposition,
                response.Headers.ContentSecurityPolicy);
            _entries.Set(key, entry, new MemoryCacheEntryOptions { Size = entry.Body.Length + key.Length * 2 + 256 });
        }
        await copy.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task WriteAsync(HttpContext context, Entry entry)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = entry.ContentType;
        if (entry.ContentDisposition is { Length: > 0 } disposition) response.Headers.ContentDisposition = disposition;
        if (entry.ContentSecurityPolicy is { Length: > 0 } policy) response.Headers.ContentSecurityPolicy = policy;
        response.Headers.ETag = entry.ETag;
        response.Headers.CacheControl = "no-cache";
        response.ContentLength = entry.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(entry.Body, context.RequestAborted);
    }

    private static bool Matches(string ifNoneMatch, string etag)
    {
        foreach (var candidate in ifNoneMatch.Split(','))
        {
            var tag = candidate.Trim();
            if (tag == "*" || tag == etag || tag == "W/" + etag) return true;
        }
        return false;
    }
}

public static class PublicResponseCacheSetup
{
    public static IServiceCollection AddPublicResponseCache(this IServiceCollection services)
    {
        services.AddSingleton(sp => new RecordVersionGate(sp.GetRequiredService<PlenaryStore>()));
        services.AddSingleton<AccountsVersionGate>();
        services.AddSingleton<PublicResponseCache>();
        // Each reader's unread count, kept against the inboxes' version (row 3), not the record's.
        services.AddSingleton(sp => new Plenary.Application.Notifications.UnreadCounts(sp.GetRequiredService<PlenaryStore>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IConfiguration>().GetValue("Plenary:Cache:Enabled", true)));
        services.AddSingleton(sp => new RecordMemo(sp.GetRequiredService<RecordVersionGate>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IConfiguration>().GetValue("Plenary:Cache:Enabled", true)));
        return services;
    }

    public static IApplicationBuilder UsePublicResponseCache(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<PublicResponseCache>();
        return app.Use((context, next) => cache.InvokeAsync(context, next));
    }
}
