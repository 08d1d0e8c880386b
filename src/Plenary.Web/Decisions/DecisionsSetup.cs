using System.Text.Json;
using Plenary.Application.Bodies;
using Plenary.Application.Decisions;
using Plenary.Application.Notifications;
using Plenary.Domain.Decisions;
using Plenary.Web.Live;
using Plenary.Web.Security;

namespace Plenary.Web.Decisions;

/// <summary>
/// Silence procedures in the web app: their use cases and queries, the inbox, email through SMTP
/// (Plenary:Smtp), the live view of a procedure (topic "silence/{slug}/{number}", streamed at
/// /bodies/{slug}/silence-procedures/{number}/stream) and the background service that concludes
/// procedures at their deadline and sends pending emails.
/// </summary>
public static class DecisionsSetup
{
    public static IServiceCollection AddPlenaryDecisions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SilenceProcedures>();
        services.AddScoped<SilenceProcedureQueries>();
        services.AddScoped<ConcludeSilenceProcedures>();
        services.AddScoped<Inbox>();
        services.AddSingleton(configuration.GetSection("Plenary:Smtp").Get<SmtpSettings>() ?? new SmtpSettings());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<SendPendingEmails>();
        services.AddSingleton(new LiveTopic("silence/", LoadAsync));
        services.Configure<SilenceWorkerOptions>(configuration.GetSection("Plenary:Decisions"));
        services.AddHostedService<SilenceWorker>();
        return services;
    }

    public static void MapDecisionStreams(this IEndpointRouteBuilder app)
    {
        app.MapGet("/bodies/{slug}/silence-procedures/{number:int}/stream", (HttpContext http, LiveHub hub, string slug, int number) =>
                ServerSentEvents.StreamAsync(http, hub, SilenceProcedures.Topic(slug, number)))
            .AllowAnonymous()
            .ExcludeFromDescription();
        // The outcome notice, linked from the procedure's page (the API serves the same under /api/v1).
        app.MapGet("/bodies/{slug}/silence-procedures/{number:int}/notice", Plenary.Web.Api.Decisions.SilenceApi.NoticeAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    /// <summary>
    /// The public state of a procedure for its live view: status, deadline, counts; the breaks' authors
    /// and texts only go to pages that show them already (they re-read on the notice: the stream only
    /// carries what any reader may see, and the page reloads the rest when the count changes).
    /// </summary>
    private static async Task<LiveState?> LoadAsync(IServiceProvider services, string topic, CancellationToken ct)
    {
        var parts = topic.Split('/');
        if (parts.Length != 3 || !int.TryParse(parts[2], out var number)) return null;
        var details = await services.GetRequiredService<SilenceProcedureQueries>().GetAsync(parts[1], number, null, privileged: false, ct);
        if (details is null || details.IsDraft) return null;
        var json = JsonSerializer.Serialize(new
        {
            status = details.Status.ToString(),
            statusText = details.StatusText,
            deadlineAt = LocalTimes.Iso(details.DeadlineAt),
            deadline = $"{Plenary.Domain.Editorial.Times.Time(details.DeadlineTime)} on {Plenary.Domain.Editorial.Dates.Day(details.DeadlineDate)}",
            deadlineUtc = details.DeadlineUtc,
            breaks = details.BreakCount,
            noObjections = details.NoObjectionCount,
            outcome = details.Status is ProcedureStatus.Open ? null : details.Outcome,
        }, JsonSerializerOptions.Web);
        return new LiveState($"{details.Version}-{details.Status}", json);
    }
}

public sealed class SilenceWorkerOptions
{
    /// <summary>How often, at most, the service looks for due procedures and pending emails (seconds).</summary>
    public int CheckSeconds { get; set; } = 15;

    /// <summary>Off: nothing concludes procedures in the background (reads still do). For tests and for an instance that should only serve pages.</summary>
    public bool Worker { get; set; } = true;
}

/// <summary>
/// Concludes silence procedures at their deadline (waking up at the next deadline, or every few
/// seconds) and sends pending emails. Several instances may run it: the conclusion takes a row lock,
/// the emails a lease (ADR 0022), so each happens once.
/// </summary>
public sealed class SilenceWorker(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<SilenceWorkerOptions> options, ILogger<SilenceWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Worker) return;
        var every = TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = every;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var conclude = scope.ServiceProvider.GetRequiredService<ConcludeSilenceProcedures>();
                var concluded = await conclude.ConcludeDueAsync(null, stoppingToken);
                if (concluded > 0) log.LogInformation("Concluded {Count} silence procedure(s) at their deadline.", concluded);
                await scope.ServiceProvider.GetRequiredService<SendPendingEmails>().SendAsync(ct: stoppingToken);
                if (await conclude.NextDeadlineAsync(stoppingToken) is { } next)
                {
                    var until = next - clock.GetUtcNow();
                    if (until < wait) wait = until < TimeSpan.FromMilliseconds(200) ? TimeSpan.FromMilliseconds(200) : until;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store that is not migrated yet, or unreachable for a moment: try again later.
                log.LogWarning(e, "Concluding silence procedures failed; trying again in {Wait}.", every);
            }
            try { await Task.Delay(wait, clock, stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }
}
