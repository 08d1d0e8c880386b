using Plenary.Application.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Live;

/// <summary>Participation's services and the endpoints that are not pages or API routes (the live stream, statement texts).</summary>
public static class ParticipationSetup
{
    public static IServiceCollection AddPlenaryParticipation(this IServiceCollection services)
    {
        services.AddScoped<AttendanceQueries>();
        services.AddScoped<ListOfSpeakers>();
        services.AddScoped<Statements>();
        services.AddScoped<Panels>();
        services.AddScoped<RegistrationImport>();
        return services.AddSpeakersLive();
    }

    /// <summary>
    /// The demo record holds the seventh meeting's list of speakers with the clock stopped (a record file stays the same
    /// from one load to the next); a freshly loaded demo starts it, so that a visitor sees the room display's clock run.
    /// </summary>
    public static async Task StartDemoClockAsync(IServiceProvider services)
    {
        var speakers = services.GetRequiredService<ListOfSpeakers>();
        if (await speakers.GetAsync(Plenary.Application.Accounts.DemoAccounts.DemoBody, 7) is { Current: { Running: false } } list)
            await speakers.RunClockAsync(list.BodySlug, list.MeetingNumber, list.Version, running: true);
    }

    public static void MapParticipationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapSpeakersStream();
        // The text of a statement: public once its delegation publishes it; before, for the delegation and the Secretariat.
        app.MapGet("/bodies/{slug}/meetings/{number:int}/statements/{id:guid}/text", async (string slug, int number, Guid id, HttpContext http,
                Statements statements, Plenary.Application.Bodies.BodyQueries bodies, CancellationToken ct) =>
            {
                if (await statements.TextAsync(slug, number, id, ct) is not var (statement, content)
                    || await bodies.GetAsync(slug, ct) is not { } body) return Results.NotFound();
                if (!statement.Published && !http.User.MayActFor(body.BodyId, statement.Participant)) return Results.NotFound();
                return Results.File(content, statement.TextContentType, statement.TextFileName);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
