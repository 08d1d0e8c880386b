using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Records;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>What a form or an API call gives of a preliminary text.</summary>
public sealed record PreliminaryInput(string? Topic, string? AgendaItem, TextKind Kind, string? Text, IReadOnlyList<string> SuggestedBy, string? Language = null);

/// <summary>
/// The Rapporteur's list of a convening (ADR 0024): recording a text under the next free identifier of its year and
/// topic, amending it, merging it into another text of the list, removing it. Every write goes through the edit pipeline.
/// </summary>
public sealed class PreliminaryTexts(PlenaryDbContext db, EditPipeline pipeline, TimeProvider clock)
{
    /// <summary>Records a text; with the new text's identifier.</summary>
    public async Task<(EditResult Result, string? Identifier)> RecordAsync(string slug, int number, PreliminaryInput input, CancellationToken ct = default)
    {
        if (await ConveningAsync(db, slug, number, ct) is not var (body, meeting))
            return (EditResult.Missing($"There is no convening {number} of '{slug}'."), null);
        var next = await NextNumberAsync(db, body, meeting, input.Topic, ct);
        var (result, added) = await pipeline.AddAsync(
            () => PreliminaryText.Record(body, meeting, input.Topic, input.AgendaItem, input.Kind, input.Text, input.SuggestedBy, next, clock.GetUtcNow(), input.Language),
            _ => Task.FromResult<EditResult?>(null), FieldOf,
            t => EditResult.Clash($"Another text was given {t.Identifier} at the same moment; record yours again and it takes the next number."), ct);
        return (result, added?.Identifier);
    }

    public async Task<EditResult> AmendAsync(string slug, string identifier, int version, PreliminaryInput input, CancellationToken ct = default)
    {
        if (await TextTargetAsync(slug, identifier, ct) is not var (target, body)) return NoText(slug, identifier);
        return await pipeline.EditAsync(target, version, async t =>
        {
            var meeting = await MeetingAsync(db, body.Id, t.MeetingNumber, ct);
            if (input.Topic is { Length: > 0 } topic && !string.Equals(topic.Trim(), t.Topic, StringComparison.OrdinalIgnoreCase) && !string.Equals(topic.Trim(), t.TopicCode, StringComparison.OrdinalIgnoreCase))
                throw new DomainException("preliminary.topic",
                    $"{t.Identifier} stays under \u201c{t.Topic}\u201d: its topic is part of its identifier. Remove it and record it under the other topic, where it takes a new identifier.");
            t.Amend(meeting!, input.AgendaItem, input.Kind, input.Text, input.SuggestedBy, input.Language);
            return null;
        }, ct);
    }

    public async Task<EditResult> RemoveAsync(string slug, string identifier, int version, string? reason, CancellationToken ct = default)
    {
        if (await TextTargetAsync(slug, identifier, ct) is not var (target, _)) return NoText(slug, identifier);
        return await pipeline.EditAsync(target, version, t => t.Remove(reason), ct);
    }

    /// <summary>Merges a text into another of the same convening's list; the other takes its States.</summary>
    public async Task<EditResult> MergeAsync(string slug, string identifier, int version, string? into, CancellationToken ct = default)
    {
        if (await TextTargetAsync(slug, identifier, ct) is not var (target, body)) return NoText(slug, identifier);
        return await pipeline.EditAsync(target, version, async t =>
        {
            var other = await FindTextAsync(db, body.Id, into, "preliminary.merge", ct);
            other.BeginEdit(other.Version);
            t.MergeInto(other);
            return null;
        }, ct);
    }

    /// <summary>The next number of the topic's year: one more than the highest ever given, removed and merged texts included.</summary>
    internal static async Task<int> NextNumberAsync(PlenaryDbContext db, Body body, Meeting meeting, string? topic, CancellationToken ct)
    {
        if (ConveningTopics.Find(body, meeting) is not { } topics || topics.FindTopic(topic) is not { } chosen) return 1;
        var code = topics.Codes[chosen];
        var highest = await db.PreliminaryTexts.Where(t => t.BodyId == body.Id && t.Year == topics.Year && t.TopicCode == code)
            .MaxAsync(t => (int?)t.Number, ct);
        return (highest ?? 0) + 1;
    }

    /// <summary>A listed or past text of the body, tracked, by identifier; else the refusal about <paramref name="code"/>.</summary>
    internal static async Task<PreliminaryText> FindTextAsync(PlenaryDbContext db, Guid bodyId, string? identifier, string code, CancellationToken ct)
    {
        if (!PreliminaryText.IsIdentifier(identifier))
            throw new DomainException(code, $"'{identifier}' is not the identifier of a preliminary text; it is written year/topic/number, such as 2020/IC/12.");
        var (y, c, n) = PreliminaryText.Parse(identifier);
        var normal = PreliminaryText.Compose(y, c, n);
        return await db.PreliminaryTexts.SingleOrDefaultAsync(t => t.BodyId == bodyId && t.Identifier == normal, ct)
            ?? throw new DomainException(code, $"There is no preliminary text {normal}.");
    }

    internal static async Task<(Body Body, Meeting Meeting)?> ConveningAsync(PlenaryDbContext db, string slug, int number, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var meeting = await MeetingAsync(db, body.Id, number, ct);
        return meeting is null ? null : (body, meeting);
    }

    internal static Task<Meeting?> MeetingAsync(PlenaryDbContext db, Guid bodyId, int number, CancellationToken ct) =>
        db.Meetings.AsNoTracking().Include(m => m.AgendaItems).AsSplitQuery().SingleOrDefaultAsync(m => m.BodyId == bodyId && m.Number == number, ct);

    private async Task<(EditTarget<PreliminaryText> Target, Body Body)?> TextTargetAsync(string slug, string identifier, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null || !PreliminaryText.IsIdentifier(identifier)) return null;
        var (y, c, n) = PreliminaryText.Parse(identifier);
        var normal = PreliminaryText.Compose(y, c, n);
        return (new EditTarget<PreliminaryText>($"The preliminary text {normal}",
            ct => db.PreliminaryTexts.SingleOrDefaultAsync(t => t.BodyId == body.Id && t.Identifier == normal, ct),
            $"There is no preliminary text {normal} of '{slug}'.")
        {
            PageShows = "the text as it stands now",
            FieldOf = FieldOf,
        }, body);
    }

    private static EditResult NoText(string slug, string identifier) => EditResult.Missing($"There is no preliminary text {identifier} of '{slug}'.");

    internal static string? FieldOf(string code) => code switch
    {
        "preliminary.topic" or "suggestion.topic" => "Topic",
        "preliminary.agenda_item" or "suggestion.agenda_item" or "agenda.number" => "AgendaItem",
        "preliminary.kind" or "suggestion.kind" => "Kind",
        "preliminary.text" or "suggestion.text" => "Text",
        "preliminary.suggested_by" or "suggestion.state" => "SuggestedBy",
        "language.unknown" => "Language",
        "preliminary.reason" or "suggestion.reason" => "Reason",
        "preliminary.merge" or "suggestion.into" => "Into",
        _ => null,
    };
}
