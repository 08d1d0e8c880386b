using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>
/// Delegates' suggestions and the Rapporteur's queue: a delegate submits for their own State during the convening;
/// the Rapporteur accepts (as submitted or edited), merges into a listed text, or declines with a reason.
/// </summary>
public sealed class Suggestions(PlenaryDbContext db, EditPipeline pipeline, TimeProvider clock)
{
    public async Task<(EditResult Result, Guid? Id)> SubmitAsync(string slug, int number, string state, PreliminaryInput input, string submittedBy, CancellationToken ct = default)
    {
        if (await PreliminaryTexts.ConveningAsync(db, slug, number, ct) is not var (body, meeting))
            return (EditResult.Missing($"There is no convening {number} of '{slug}'."), null);
        var (result, added) = await pipeline.AddAsync(
            () => Suggestion.Submit(body, meeting, state, input.Topic, input.AgendaItem, input.Kind, input.Text, submittedBy, clock.GetUtcNow(), input.Language),
            _ => Task.FromResult<EditResult?>(null), PreliminaryTexts.FieldOf, _ => EditResult.Clash("The suggestion could not be saved; submit it again."), ct);
        return (result, added?.Id);
    }

    /// <summary>Accepts a suggestion as a new text of the list: as submitted, or with what the Rapporteur changed in <paramref name="edited"/>.</summary>
    public async Task<(EditResult Result, string? Identifier)> AcceptAsync(string slug, Guid id, int version, PreliminaryInput edited, string decidedBy, CancellationToken ct = default)
    {
        if (await TargetAsync(slug, id, ct) is not var (target, bodyId)) return (NoSuggestion(id), null);
        string? identifier = null;
        var result = await pipeline.EditAsync(target, version, async s =>
        {
            var (body, meeting) = (await PreliminaryTexts.ConveningAsync(db, slug, s.MeetingNumber, ct))!.Value;
            var topic = string.IsNullOrWhiteSpace(edited.Topic) ? s.Topic : edited.Topic;
            var states = edited.SuggestedBy.Count > 0 ? edited.SuggestedBy : [s.State];
            var next = await PreliminaryTexts.NextNumberAsync(db, body, meeting, topic, ct);
            var text = PreliminaryText.Record(body, meeting, topic, edited.AgendaItem ?? s.AgendaItem, edited.Kind,
                string.IsNullOrWhiteSpace(edited.Text) ? s.Text : edited.Text, states, next, clock.GetUtcNow(), edited.Language ?? s.Language);
            db.PreliminaryTexts.Add(text);
            s.Accept(text, decidedBy, clock.GetUtcNow());
            identifier = text.Identifier;
            return null;
        }, ct);
        return (result, result.Succeeded ? identifier : null);
    }

    /// <summary>Merges a suggestion into a listed text of its convening; the text may take amended wording.</summary>
    public async Task<EditResult> MergeAsync(string slug, Guid id, int version, string? into, string? amendedText, string decidedBy, CancellationToken ct = default)
    {
        if (await TargetAsync(slug, id, ct) is not var (target, bodyId)) return NoSuggestion(id);
        return await pipeline.EditAsync(target, version, async s =>
        {
            var text = await PreliminaryTexts.FindTextAsync(db, bodyId, into, "suggestion.into", ct);
            text.BeginEdit(text.Version);
            s.MergeInto(text, amendedText, decidedBy, clock.GetUtcNow());
            return null;
        }, ct);
    }

    public async Task<EditResult> DeclineAsync(string slug, Guid id, int version, string? reason, string decidedBy, CancellationToken ct = default)
    {
        if (await TargetAsync(slug, id, ct) is not var (target, _)) return NoSuggestion(id);
        return await pipeline.EditAsync(target, version, s => s.Decline(reason, decidedBy, clock.GetUtcNow()), ct);
    }

    private async Task<(EditTarget<Suggestion> Target, Guid BodyId)?> TargetAsync(string slug, Guid id, CancellationToken ct)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is not { } body) return null;
        return (new EditTarget<Suggestion>("The suggestion",
            ct => db.Suggestions.SingleOrDefaultAsync(s => s.BodyId == body && s.Id == id, ct),
            $"There is no such suggestion to the '{slug}' lists.")
        {
            PageShows = "the queue as it stands now",
            FieldOf = PreliminaryTexts.FieldOf,
            Clash = () => EditResult.Clash("Another text took the same identifier at the same moment; accept the suggestion again and it takes the next number."),
        }, body);
    }

    private static EditResult NoSuggestion(Guid id) => EditResult.Missing($"There is no suggestion {id}.");
}
