using Plenary.Application.Participation;

namespace Plenary.Web.Live;

/// <summary>
/// The live view of a meeting's list of speakers (ADR 0017, 0019): one topic per meeting ("speakers/{slug}/{number}"), read by
/// <see cref="ListOfSpeakers.LiveStateAsync"/> once per change per instance, streamed to the room display, the list and the
/// Chair's screen at <c>/bodies/{slug}/meetings/{number}/live/stream</c>.
/// </summary>
public static class SpeakersLive
{
    public static IServiceCollection AddSpeakersLive(this IServiceCollection services) =>
        services.AddSingleton(new LiveTopic(ListOfSpeakers.TopicPrefix, async (provider, topic, ct) =>
            await provider.GetRequiredService<ListOfSpeakers>().LiveStateAsync(topic, ct) is var (version, json) ? new LiveState(version, json) : null));

    public static void MapSpeakersStream(this IEndpointRouteBuilder app) =>
        app.MapGet("/bodies/{slug}/meetings/{number:int}/live/stream", (string slug, int number, HttpContext http, LiveHub hub) =>
                ServerSentEvents.StreamAsync(http, hub, ListOfSpeakers.Topic(slug, number)))
            .AllowAnonymous()
            .ExcludeFromDescription();
}
