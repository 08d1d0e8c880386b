using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Records;

// The record format's "recommendations": the whole pipeline of conclusions and recommendations (issue 9).
// docs/record-format.md, "Conclusions and recommendations", describes it.

public sealed record RecommendationsRecord
{
    public List<PreliminaryTextRecord> Preliminary { get; init; } = [];
    public List<SuggestionRecord> Suggestions { get; init; } = [];
    /// <summary>Comment rounds on the compilation, with their comments (CommentRoundRecords).</summary>
    public List<CommentRoundRecord> CommentRounds { get; init; } = [];
    /// <summary>The consolidation at each stocktaking convening (ConsolidationRecords).</summary>
    public List<ConsolidationRecord> Consolidations { get; init; } = [];
}

public sealed record PreliminaryTextRecord
{
    public required string Identifier { get; init; }
    public int Meeting { get; init; }
    public required string Topic { get; init; }
    public string? AgendaItem { get; init; }
    public string Kind { get; init; } = "recommendation";
    public required string Text { get; init; }
    public string Language { get; init; } = "en";
    public List<string> SuggestedBy { get; init; } = [];
    public DateTimeOffset RecordedAt { get; init; }
    public string Status { get; init; } = "listed";
    public string? RemovalReason { get; init; }
    public string? MergedInto { get; init; }
}

public sealed record SuggestionRecord
{
    public int Meeting { get; init; }
    public required string State { get; init; }
    public required string SubmittedBy { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public required string Topic { get; init; }
    public string? AgendaItem { get; init; }
    public string Kind { get; init; } = "recommendation";
    public required string Text { get; init; }
    public string Language { get; init; } = "en";
    public string Status { get; init; } = "pending";
    public string? Result { get; init; }
    public string? Reason { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
}

/// <summary>What a record file's "recommendations" builds, every part checked by the domain.</summary>
public sealed record BuiltRecommendations(IReadOnlyList<PreliminaryText> Preliminary, IReadOnlyList<Suggestion> Suggestions)
{
    public static readonly BuiltRecommendations None = new([], []);

    /// <summary>Comment rounds, their comments and the comments' attachments.</summary>
    public BuiltCommentRounds Rounds { get; init; } = BuiltCommentRounds.None;

    /// <summary>The consolidations at stocktaking convenings, with their texts, versions, dispositions and snapshots.</summary>
    public IReadOnlyList<Consolidation> Consolidations { get; init; } = [];

    public bool IsEmpty => Preliminary.Count == 0 && Suggestions.Count == 0 && Rounds.Rounds.Count == 0 && Consolidations.Count == 0;
}

/// <summary>Reads and writes the "recommendations" of a record file (see RecordBuilder and RecordMapper, which call it).</summary>
public static class RecommendationRecords
{
    /// <summary>Builds the part through the domain; each broken rule is added to <paramref name="errors"/> at its path.</summary>
    public static BuiltRecommendations Build(RecommendationsRecord? file, Body body, IReadOnlyList<Meeting> meetings, List<RecordError> errors)
    {
        if (file is null) return BuiltRecommendations.None;
        var texts = new List<PreliminaryText>();
        for (var i = 0; i < file.Preliminary.Count; i++)
        {
            var r = file.Preliminary[i];
            var path = $"$.recommendations.preliminary[{i}]";
            if (Convening(r.Meeting, meetings, path, errors) is not { } meeting) continue;
            var text = Try(errors, path, () =>
            {
                var t = PreliminaryText.Restore(body, meeting, r.Identifier, r.Topic, r.AgendaItem, Enum<TextKind>(r.Kind), r.Text, r.SuggestedBy,
                    r.RecordedAt.ToUniversalTime(), r.Language);
                t.RestoreStatus(Enum<PreliminaryStatus>(r.Status), r.RemovalReason, r.MergedInto);
                return t;
            });
            if (text is null) continue;
            if (texts.Any(t => t.Identifier == text.Identifier))
                errors.Add(new RecordError($"{path}.identifier", $"The identifier {text.Identifier} is given twice; an identifier names one text for good."));
            else texts.Add(text);
        }
        for (var i = 0; i < texts.Count; i++)
            if (texts[i].MergedInto is { } into && texts.FirstOrDefault(t => t.Identifier == into) is var target
                && (target is null || target.MeetingNumber != texts[i].MeetingNumber))
                errors.Add(new RecordError($"$.recommendations.preliminary[{file.Preliminary.FindIndex(p => Same(p.Identifier, texts[i].Identifier))}].mergedInto",
                    $"{texts[i].Identifier} is merged into {into}, which is not a text of the same convening in this record."));

        var suggestions = new List<Suggestion>();
        for (var i = 0; i < file.Suggestions.Count; i++)
        {
            var r = file.Suggestions[i];
            var path = $"$.recommendations.suggestions[{i}]";
            if (Convening(r.Meeting, meetings, path, errors) is not { } meeting) continue;
            var suggestion = Try(errors, path, () =>
            {
                var s = Suggestion.Restore(body, meeting, r.State, r.Topic, r.AgendaItem, Enum<TextKind>(r.Kind), r.Text, r.SubmittedBy, r.SubmittedAt.ToUniversalTime(), r.Language);
                s.RestoreDecision(Enum<SuggestionStatus>(r.Status), r.Result, r.Reason, r.DecidedBy, r.DecidedAt?.ToUniversalTime());
                return s;
            });
            if (suggestion is null) continue;
            if (suggestion.Result is { } result && !texts.Any(t => t.Identifier == result && t.MeetingNumber == suggestion.MeetingNumber))
                errors.Add(new RecordError($"{path}.result", $"The suggestion became or joined {result}, which is not a text of the same convening in this record."));
            suggestions.Add(suggestion);
        }
        return new BuiltRecommendations(texts, suggestions)
        {
            Rounds = CommentRoundRecords.Build(file.CommentRounds, body, meetings, texts, errors),
            Consolidations = ConsolidationRecords.Build(file.Consolidations, body, meetings, texts, errors),
        };
    }

    /// <summary>The part as export writes it; null when the record holds nothing of it.</summary>
    public static RecommendationsRecord? ToRecord(Body body, BuiltRecommendations? built)
    {
        if (built is null || built.IsEmpty) return null;
        // Texts in reading order: by convening, then topic as the workplans list them, then number.
        var topics = body.Workplans.OrderBy(w => w.StartYear).SelectMany(w => w.PlannedMeetings.OrderBy(p => p.Position)).SelectMany(p => p.Topics).Distinct().ToList();
        int TopicOrder(string topic) => topics.IndexOf(topic) is var i and >= 0 ? i : int.MaxValue;
        return new RecommendationsRecord
        {
            Preliminary = built.Preliminary.OrderBy(t => t.MeetingNumber).ThenBy(t => TopicOrder(t.Topic)).ThenBy(t => t.TopicCode, StringComparer.Ordinal).ThenBy(t => t.Number)
                .Select(t => new PreliminaryTextRecord
                {
                    Identifier = t.Identifier, Meeting = t.MeetingNumber, Topic = t.Topic, AgendaItem = t.AgendaItem, Kind = RecordJson.Name(t.Kind),
                    Text = t.Text, Language = t.Language, SuggestedBy = [.. t.SuggestedBy], RecordedAt = t.RecordedAt.ToUniversalTime(),
                    Status = RecordJson.Name(t.Status), RemovalReason = t.RemovalReason, MergedInto = t.MergedInto,
                }).ToList(),
            Suggestions = built.Suggestions.OrderBy(s => s.MeetingNumber).ThenBy(s => s.SubmittedAt).ThenBy(s => s.State, StringComparer.Ordinal).ThenBy(s => s.Text, StringComparer.Ordinal)
                .Select(s => new SuggestionRecord
                {
                    Meeting = s.MeetingNumber, State = s.State, SubmittedBy = s.SubmittedBy, SubmittedAt = s.SubmittedAt.ToUniversalTime(), Topic = s.Topic,
                    AgendaItem = s.AgendaItem, Kind = RecordJson.Name(s.Kind), Text = s.Text, Language = s.Language, Status = RecordJson.Name(s.Status),
                    Result = s.Result, Reason = s.Reason, DecidedBy = s.DecidedBy, DecidedAt = s.DecidedAt?.ToUniversalTime(),
                }).ToList(),
            CommentRounds = CommentRoundRecords.ToRecord(built.Rounds),
            Consolidations = ConsolidationRecords.ToRecord(built.Consolidations),
        };
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);

    private static Meeting? Convening(int number, IReadOnlyList<Meeting> meetings, string path, List<RecordError> errors)
    {
        var meeting = meetings.FirstOrDefault(m => m.Number == number);
        if (meeting is null) errors.Add(new RecordError($"{path}.meeting", $"The text belongs to convening {number}, which this record does not hold."));
        return meeting;
    }

    private static T? Try<T>(List<RecordError> errors, string path, Func<T> build) where T : class =>
        RecordErrors.Try(errors, path, Fields, build);

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["preliminary.identifier"] = "identifier",
        ["preliminary.topic"] = "topic",
        ["preliminary.agenda_item"] = "agendaItem",
        ["preliminary.text"] = "text",
        ["preliminary.suggested_by"] = "suggestedBy",
        ["preliminary.reason"] = "removalReason",
        ["preliminary.merge"] = "mergedInto",
        ["language.unknown"] = "language",
        ["suggestion.state"] = "state",
        ["suggestion.topic"] = "topic",
        ["suggestion.agenda_item"] = "agendaItem",
        ["suggestion.text"] = "text",
        ["suggestion.submitted_by"] = "submittedBy",
        ["suggestion.result"] = "result",
        ["suggestion.reason"] = "reason",
    };

    private static TEnum Enum<TEnum>(string text) where TEnum : struct, Enum =>
        RecordJson.TryParse<TEnum>(text, out var value)
            ? value
            : throw new DomainException("record.enum", $"'{text}' is not one of: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(RecordJson.Name))}.");
}
