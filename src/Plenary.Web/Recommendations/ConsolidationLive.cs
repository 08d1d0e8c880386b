using System.Globalization;
using System.Text.Json;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;
using Plenary.Web.Live;

namespace Plenary.Web.Recommendations;

/// <summary>
/// The live view of the consolidation at a stocktaking convening (issue 9, item 4; ADR 0017, 0023): one topic per convening
/// ("consolidation/{slug}/{number}"), read once per change per instance, streamed to the room and to online participants at
/// <c>/bodies/{slug}/meetings/{number}/consolidation/live/stream</c>. It carries what the public pages show: each consolidated
/// text with its state and current wording.
/// </summary>
public static class ConsolidationLive
{
    public static IServiceCollection AddConsolidationLive(this IServiceCollection services) =>
        services.AddSingleton(new LiveTopic(Consolidations.TopicPrefix, LoadAsync));

    public static void MapConsolidationStream(this IEndpointRouteBuilder app) =>
        app.MapGet("/bodies/{slug}/meetings/{number:int}/consolidation/live/stream", (string slug, int number, HttpContext http, LiveHub hub) =>
                ServerSentEvents.StreamAsync(http, hub, Consolidations.Topic(slug, number)))
            .AllowAnonymous()
            .ExcludeFromDescription();

    /// <summary>The texts as they stand, the ones under negotiation first; null for a convening that is not a stocktaking one.</summary>
    private static async Task<LiveState?> LoadAsync(IServiceProvider services, string topic, CancellationToken ct)
    {
        var rest = topic[Consolidations.TopicPrefix.Length..];
        var slash = rest.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(rest[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
        if (await services.GetRequiredService<ConsolidationQueries>().GetAsync(rest[..slash], number, ct) is not { IsStocktaking: true } view) return null;
        var json = JsonSerializer.Serialize(new
        {
            finalised = view.FinalisedAt is not null,
            status = view.Snapshots.Count == 0 ? null : AgreedSnapshot.Label(view.Snapshots[0].StatusDate, view.Snapshots[0].StatusTime),
            texts = Ordered(view.Texts).Select(t => new
            {
                number = t.Number,
                topic = t.Topic,
                kind = TextKinds.Word(t.Kind),
                state = t.State.ToString(),
                stateText = StateWords.Of(t.State),
                version = t.Versions.Count,
                text = t.Text,
            }),
        }, JsonSerializerOptions.Web);
        return new LiveState(view.Version.ToString(CultureInfo.InvariantCulture), json);
    }

    /// <summary>The texts under negotiation first (what the room is working on), then the agreed, adopted and not adopted ones; by number within each.</summary>
    public static IEnumerable<ConsolidatedTextView> Ordered(IEnumerable<ConsolidatedTextView> texts) =>
        texts.OrderBy(t => t.State switch
        {
            ConsolidatedState.UnderNegotiation => 0,
            ConsolidatedState.AgreedAdReferendum => 1,
            ConsolidatedState.Adopted => 2,
            _ => 3,
        }).ThenBy(t => t.Number);
}
