using System.Globalization;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Records;

// The record format's "recommendations.consolidations": the consolidation at a stocktaking convening, its consolidated
// texts with every version, the dispositions recorded directly, the proposals set aside, the published snapshots and the
// finalisation. docs/record-format.md, "consolidation", describes it.

public sealed record ConsolidationRecord
{
    /// <summary>The stocktaking convening.</summary>
    public int Meeting { get; init; }
    public List<ConsolidatedTextRecord> Texts { get; init; } = [];
    /// <summary>The preliminary texts recorded as not retained or deferred (the others' dispositions follow from the texts).</summary>
    public List<DispositionRecord> Dispositions { get; init; } = [];
    /// <summary>The assistant's proposals the Rapporteur set aside, each as its members' identifiers.</summary>
    public List<List<string>> IgnoredProposals { get; init; } = [];
    public List<SnapshotRecord> Snapshots { get; init; } = [];
    public DateTimeOffset? FinalisedAt { get; init; }
}

public sealed record ConsolidatedTextRecord
{
    public int Number { get; init; }
    public required string Topic { get; init; }
    public string Kind { get; init; } = "recommendation";
    /// <summary>The preliminary texts it is made from, by identifier.</summary>
    public List<string> Sources { get; init; } = [];
    public string State { get; init; } = "underNegotiation";
    public DateTimeOffset? StateChangedAt { get; init; }
    /// <summary>Every version of its wording, the first one first.</summary>
    public List<VersionRecord> Versions { get; init; } = [];
}

public sealed record VersionRecord
{
    public required string Text { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset At { get; init; }
    public string? By { get; init; }
}

public sealed record DispositionRecord
{
    public required string Identifier { get; init; }
    /// <summary>notRetained or deferred.</summary>
    public required string Disposition { get; init; }
    public string? Reason { get; init; }
}

public sealed record SnapshotRecord
{
    public int Number { get; init; }
    public DateOnly StatusDate { get; init; }
    /// <summary>"18:00".</summary>
    public required string StatusTime { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
    public string? PublishedBy { get; init; }
    public List<SnapshotTextRecord> Texts { get; init; } = [];
}

public sealed record SnapshotTextRecord
{
    public int Number { get; init; }
    public required string Topic { get; init; }
    public string Kind { get; init; } = "recommendation";
    public string State { get; init; } = "agreedAdReferendum";
    public required string Text { get; init; }
}

public static class ConsolidationRecords
{
    /// <summary>
    /// Builds each consolidation through the domain, as the pages would have made it; each broken rule is added to
    /// <paramref name="errors"/> at its path. A source must be a listed preliminary text of the file, of a convening held
    /// before the stocktaking one.
    /// </summary>
    public static IReadOnlyList<Consolidation> Build(List<ConsolidationRecord> file, Body body, IReadOnlyList<Meeting> meetings,
        IReadOnlyList<PreliminaryText> texts, List<RecordError> errors)
    {
        var built = new List<Consolidation>();
        for (var i = 0; i < file.Count; i++)
        {
            var r = file[i];
            var path = $"$.recommendations.consolidations[{i}]";
            var meeting = meetings.FirstOrDefault(m => m.Number == r.Meeting);
            if (meeting is null)
            {
                if (!errors.Any(e => e.Path.StartsWith("$.meetings[", StringComparison.Ordinal)))
                    errors.Add(new RecordError($"{path}.meeting", $"The consolidation is at convening {r.Meeting}, which this record does not hold."));
                continue;
            }
            if (built.Any(c => c.MeetingNumber == r.Meeting))
            {
                errors.Add(new RecordError($"{path}.meeting", $"Convening {r.Meeting} has one consolidation; it is given twice."));
                continue;
            }
            var consolidation = Try(errors, $"{path}.meeting", () => Consolidation.Open(body.Id, meeting));
            if (consolidation is null) continue;
            var held = meetings.Where(m => m.StartDate < meeting.StartDate && !m.IsStocktaking).Select(m => m.Number).ToHashSet();
            var period = texts.Where(t => t.Status == PreliminaryStatus.Listed && held.Contains(t.MeetingNumber))
                .ToDictionary(t => t.Identifier, Plenary.Application.Recommendations.Consolidations.ToSource, StringComparer.Ordinal);
            SourceText? Source(string identifier, string at)
            {
                if (period.TryGetValue(identifier, out var source)) return source;
                errors.Add(new RecordError(at, $"{identifier} is not a listed preliminary text of this record from a convening held before convening {r.Meeting}."));
                return null;
            }

            for (var j = 0; j < r.Texts.Count; j++)
            {
                var t = r.Texts[j];
                var at = $"{path}.texts[{j}]";
                var sources = t.Sources.Select((s, k) => Source(s, $"{at}.sources[{k}]")).ToList();
                if (sources.Any(s => s is null)) continue;
                if (t.Versions.Count == 0)
                {
                    errors.Add(new RecordError($"{at}.versions", "A consolidated text has at least one version, its first wording."));
                    continue;
                }
                if (t.Versions[0].Note is not null)
                {
                    errors.Add(new RecordError($"{at}.versions[0].note", "The first version is the text as made and carries no note; a note explains a later version."));
                    continue;
                }
                var expected = consolidation.Texts.Count == 0 ? 1 : consolidation.Texts.Max(x => x.Number) + 1;
                if (t.Number != expected)
                {
                    errors.Add(new RecordError($"{at}.number", $"Consolidated texts are numbered from 1 in the order made; this one should be {expected}, not {t.Number}."));
                    continue;
                }
                Try(errors, at, () =>
                {
                    var first = t.Versions[0];
                    var made = consolidation.Consolidate(sources!, t.Topic, Enum<TextKind>(t.Kind), first.Text, first.At.ToUniversalTime(), first.By);
                    foreach (var v in t.Versions.Skip(1)) made.RestoreVersion(v.Text, v.Note, v.At.ToUniversalTime(), v.By);
                    made.RestoreState(Enum<ConsolidatedState>(t.State), t.StateChangedAt?.ToUniversalTime());
                    return made;
                });
            }
            for (var j = 0; j < r.Dispositions.Count; j++)
            {
                var d = r.Dispositions[j];
                var at = $"{path}.dispositions[{j}]";
                if (Source(d.Identifier, $"{at}.identifier") is not { } source) continue;
                Try(errors, at, () =>
                {
                    consolidation.Decide(source, Enum<DispositionKind>(d.Disposition), d.Reason);
                    return consolidation;
                });
            }
            for (var j = 0; j < r.IgnoredProposals.Count; j++)
            {
                var members = r.IgnoredProposals[j];
                var at = $"{path}.ignoredProposals[{j}]";
                if (members.Select((m, k) => Source(m, $"{at}[{k}]")).ToList().Any(s => s is null)) continue;
                Try(errors, at, () =>
                {
                    consolidation.Ignore(members);
                    return consolidation;
                });
            }
            for (var j = 0; j < r.Snapshots.Count; j++)
            {
                var s = r.Snapshots[j];
                var at = $"{path}.snapshots[{j}]";
                Try(errors, at, () =>
                {
                    if (!TimeOnly.TryParseExact(s.StatusTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                        throw new DomainException("snapshot.time", $"'{s.StatusTime}' is not a time of day; write it as 18:00.");
                    return consolidation.RestoreSnapshot(s.Number, s.StatusDate, time, s.PublishedAt.ToUniversalTime(), s.PublishedBy,
                        s.Texts.Select(x => new PublishedText(x.Number, x.Topic, Enum<TextKind>(x.Kind), Enum<ConsolidatedState>(x.State), x.Text)).ToList());
                });
            }
            consolidation.RestoreFinalised(r.FinalisedAt?.ToUniversalTime());
            built.Add(consolidation);
        }
        return built;
    }

    /// <summary>The consolidations as export writes them.</summary>
    public static List<ConsolidationRecord> ToRecord(IReadOnlyList<Consolidation> consolidations) =>
        consolidations.OrderBy(c => c.MeetingNumber).Select(c => new ConsolidationRecord
        {
            Meeting = c.MeetingNumber,
            Texts = c.Texts.OrderBy(t => t.Number).Select(t => new ConsolidatedTextRecord
            {
                Number = t.Number, Topic = t.Topic, Kind = RecordJson.Name(t.Kind), Sources = [.. t.Sources], State = RecordJson.Name(t.State),
                StateChangedAt = t.StateChangedAt?.ToUniversalTime(),
                Versions = t.Versions.OrderBy(v => v.Number).Select(v => new VersionRecord { Text = v.Text, Note = v.Note, At = v.At.ToUniversalTime(), By = v.By }).ToList(),
            }).ToList(),
            Dispositions = c.Decisions.OrderBy(d => d.Identifier, StringComparer.Ordinal)
                .Select(d => new DispositionRecord { Identifier = d.Identifier, Disposition = RecordJson.Name(d.Kind), Reason = d.Reason }).ToList(),
            IgnoredProposals = c.IgnoredProposals.Order(StringComparer.Ordinal).Select(k => k.Split(' ').ToList()).ToList(),
            Snapshots = c.Snapshots.OrderBy(s => s.Number).Select(s => new SnapshotRecord
            {
                Number = s.Number, StatusDate = s.StatusDate, StatusTime = s.StatusTime.ToString("HH:mm", CultureInfo.InvariantCulture),
                PublishedAt = s.PublishedAt.ToUniversalTime(), PublishedBy = s.PublishedBy,
                Texts = s.Texts.OrderBy(x => x.Position).Select(x => new SnapshotTextRecord
                {
                    Number = x.Number, Topic = x.Topic, Kind = RecordJson.Name(x.Kind), State = RecordJson.Name(x.State), Text = x.Text,
                }).ToList(),
            }).ToList(),
            FinalisedAt = c.FinalisedAt?.ToUniversalTime(),
        }).ToList();

    private static T? Try<T>(List<RecordError> errors, string path, Func<T> build) where T : class =>
        RecordErrors.Try(errors, path, Fields, build);

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["consolidated.sources"] = "sources",
        ["consolidated.topic"] = "topic",
        ["consolidated.kind"] = "kind",
        ["consolidated.text"] = "versions",
        ["consolidated.note"] = "versions",
        ["consolidated.by"] = "versions",
        ["disposition.kind"] = "disposition",
        ["disposition.reason"] = "reason",
        ["snapshot.number"] = "number",
        ["snapshot.time"] = "statusTime",
        ["snapshot.status"] = "statusDate",
        ["snapshot.agreed"] = "texts",
        ["snapshot.text"] = "texts",
        ["snapshot.by"] = "publishedBy",
    };

    private static TEnum Enum<TEnum>(string text) where TEnum : struct, Enum =>
        RecordJson.TryParse<TEnum>(text, out var value)
            ? value
            : throw new DomainException("record.enum", $"'{text}' is not one of: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(RecordJson.Name))}.");
}
