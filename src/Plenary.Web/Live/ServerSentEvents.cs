using System.Text;
using Plenary.Application.Data;
using Plenary.Application.Live;

namespace Plenary.Web.Live;

/// <summary>
/// Server-Sent Events for live views: a route answers with the topic's current state at once, then
/// each new state as an event whose id is the state's version, and a comment line every
/// <see cref="KeepAlive"/> so proxies keep the connection open. The browser's EventSource reconnects
/// by itself; being sent the current state first, a viewer who reconnects is up to date at once.
/// </summary>
public static class ServerSentEvents
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>Streams <paramref name="topic"/> to the caller until it disconnects; 404 problem when the topic names nothing.</summary>
    public static async Task<IResult> StreamAsync(HttpContext http, LiveHub hub, string topic, string eventName = "state")
    {
        var ct = http.RequestAborted;
        using var viewer = await hub.ConnectAsync(topic, ct);
        if (viewer is null)
            return Api.Problems.Create(StatusCodes.Status404NotFound, "Not found", "There is nothing to follow at this address.");

        var response = http.Response;
        response.Headers.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx: pass each event on at once
        http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.WriteAsync("retry: 2000\n\n", ct);
        // The server's clock, so that a view computing times from stored instants (a speaking-time clock) agrees with every other viewer.
        await response.WriteAsync(Clock(TimeProvider.System.GetUtcNow()), ct);
        await response.Body.FlushAsync(ct);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(KeepAlive);
                try
                {
                    if (!await viewer.States.WaitToReadAsync(wait.Token)) break;
                    // The bytes are the state's, encoded once for every viewer it is handed to.
                    while (viewer.States.TryRead(out var state))
                        await response.Body.WriteAsync(state.EventBytes(eventName), ct);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await response.WriteAsync(": keep-alive\n\n", ct);
                }
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The viewer left.
        }
        return Results.Empty;
    }

    /// <summary>One event: its name, the state's version as id, and the JSON on one data line.</summary>
    public static string Event(string name, LiveState state)
    {
        var text = new StringBuilder();
        text.Append("event: ").Append(name).Append('\n');
        text.Append("id: ").Append(state.Version).Append('\n');
        foreach (var line in state.Json.Split('\n')) text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        return text.Append('\n').ToString();
    }

    /// <summary>The server's time as an event ("clock", Unix milliseconds): live.js keeps the offset from the viewer's own clock.</summary>
    public static string Clock(DateTimeOffset now) =>
        $"event: clock\ndata: {now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)}\n\n";

    /// <summary>
    /// Change notices for the store in use (LISTEN/NOTIFY on PostgreSQL, in-process on SQLite) and
    /// the live hub. Features add their views with <c>services.AddSingleton(new LiveTopic(...))</c>.
    /// </summary>
    public static IServiceCollection AddPlenaryLive(this IServiceCollection services)
    {
        services.AddSingleton<PostgresChangeNotices>();
        services.AddSingleton<InProcessChangeNotices>();
        services.AddSingleton<IChangeNotices>(sp => sp.GetRequiredService<PlenaryStore>().Provider == StoreProvider.PostgreSQL
            ? sp.GetRequiredService<PostgresChangeNotices>()
            : sp.GetRequiredService<InProcessChangeNotices>());
        services.AddSingleton<LiveHub>();
        services.AddHostedService<ChangeListener>();
        return services;
    }

    /// <summary>Holds this instance's LISTEN connection while the app runs (PostgreSQL only).</summary>
    private sealed class ChangeListener(IServiceProvider services) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            services.GetRequiredService<IChangeNotices>() is PostgresChangeNotices postgres
                ? postgres.ListenAsync(stoppingToken)
                : Task.CompletedTask;
    }
}
