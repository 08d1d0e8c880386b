using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Audit;

/// <summary>One field an audit entry records: its label, its value before and after in words, and a word diff when both are long texts.</summary>
public sealed record FieldChange(string Label, string? Before, string? After, IReadOnlyList<DiffPiece>? Diff);

/// <summary>An audit entry in words: "Annotation of item 3 changed", what it belongs to, and its fields.</summary>
public sealed record ChangeDescription(AuditRow Row, string Sentence, string? Context, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>The action as a person says it: Added, Changed, Removed, Imported.</summary>
    public string Action => Row.Action switch
    {
        "Added" => "Added",
        "Modified" => "Changed",
        "Deleted" => "Removed",
        var other => ChangeWording.Words(other, capital: true),
    };
}

/// <summary>What an audit entry's ids stand for (a meeting, a body, a document, a user), and the types of its entities' properties.</summary>
public sealed record AuditNames(IReadOnlyDictionary<Guid, string> Things, Func<string, string, Type?> PropertyType)
{
    public static readonly AuditNames None = new(new Dictionary<Guid, string>(), static (_, _) => null);

    /// <summary>Convenings by id, named in their body's words ("the third session"), so that no entry says "meeting" for a session.</summary>
    public IReadOnlyDictionary<Guid, string> Convenings { get; init; } = new Dictionary<Guid, string>();

    /// <summary>What each body calls a convening ("meeting" or "session"), by the body's id.</summary>
    public IReadOnlyDictionary<Guid, string> Nouns { get; init; } = new Dictionary<Guid, string>();
}

/// <summary>
/// Turns audit entries (JSON before and after, internal ids, escapes) into what a person reads: a
/// sentence ("Annotation of item 3 changed"), the thing it belongs to ("the seventh meeting (Expert
/// Group)"), and each changed field before and after in words, with a word diff for long texts.
/// Names stand for ids; dates are in UN style; enumerations in words. No I/O: the names come in.
/// </summary>
public static partial class ChangeWording
{
    /// <summary>From this many words on either side, a changed text is shown as a word diff.</summary>
    public const int DiffFromWords = 8;

    /// <summary>Bookkeeping that says nothing to a reader: keys, concurrency versions, stamps.</summary>
    private static readonly HashSet<string> Hidden = ["Id", "Version", "EditVersion", "ConcurrencyStamp", "SecurityStamp", "NormalizedEmail", "NormalizedUserName", "ContentHash"];

    /// <summary>The fields that name a thing (its number, place, symbol or name): a change to them renames it.</summary>
    private static readonly HashSet<string> Identity = ["Item", "SubItem", "Number", "Position", "Year", "StartYear", "EndYear", "Symbol", "ShortName", "Name", "Person", "Participant", "Email", "Language"];

    /// <summary>What each kind of entity is called, where its type's name does not say it.</summary>
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["OrganizationOfWorkRow"] = "row of the organization of work",
        ["BodyRecord"] = "record",
        ["PlenaryUser"] = "account",
        ["RoleAssignment"] = "role",
        ["DocumentFile"] = "file",
        ["MeetingEvent"] = "step of the history",
        ["BureauPost"] = "Bureau post",
        ["DelegationMember"] = "person on the delegation",
        ["DocumentationReference"] = "document listed as documentation",
        ["DataProtectionKey"] = "data-protection key",
    };

    public static ChangeDescription Describe(AuditRow row, AuditNames names)
    {
        // A named step (an import) keeps a whole record before and after: the CSV download has it.
        if (row.Action is not ("Added" or "Modified" or "Deleted"))
            return new(row, $"{Sentences.Opening(Subject(row.EntityType, row.EntityId, [], names))} {Words(row.Action)}", null, []);
        var before = Values(row.Before);
        var after = Values(row.After);
        var current = after ?? before ?? [];
        var subject = Subject(row.EntityType, row.EntityId, current, names);
        var context = Context(row.EntityType, current, names);
        if (before is null && after is null)
            return Described(row, $"{Sentences.Opening(subject)} {Words(row.Action)}", context, []);

        if (row.Action == "Added")
            return Described(row, $"{Sentences.Opening(subject)} added", context, Shown(row.EntityType, after!, names, before: false));
        if (row.Action == "Deleted")
            return Described(row, $"{Sentences.Opening(subject)} removed", context, Shown(row.EntityType, before!, names, before: true));

        var changed = (before ?? []).Keys.Union((after ?? []).Keys)
            .Where(k => !Hidden.Contains(k) && !IsKey(k, before, after) && !SameValue(before, after, k))
            .ToList();
        var fields = changed.Select(k => Field(row.EntityType, k, Get(before, k), Get(after, k), names)).ToList();
        var subjectBefore = Subject(row.EntityType, row.EntityId, before ?? [], names);
        string sentence;
        if (subjectBefore != subject)
        {
            // Renumbered or renamed: say so, and what else changed.
            var others = fields.Where((f, i) => !Identity.Contains(changed[i])).Select(f => f.Label.ToLowerInvariant()).ToList();
            sentence = $"{Sentences.Opening(subjectBefore)} is now {subject}" + (others.Count == 0 ? "" : $"; {Lists.Join(others)} changed");
        }
        else if (fields.Count == 0)
        {
            var version = Get(after, "Version") ?? Get(after, "EditVersion");
            sentence = $"{Sentences.Opening(subject)} edited" + (version is { ValueKind: JsonValueKind.Number } v ? $" (now version {v.GetInt32()})" : "");
        }
        else
        {
            sentence = $"{Sentences.Opening(Lists.Join(fields.Select(f => f.Label.ToLowerInvariant())))} of {subject} changed";
        }
        return Described(row, sentence, context, fields);
    }

    /// <summary>The context, unless the sentence names it already.</summary>
    private static ChangeDescription Described(AuditRow row, string sentence, string? context, IReadOnlyList<FieldChange> fields) =>
        new(row, sentence, context is not null && sentence.Contains(context, StringComparison.Ordinal) ? null : context, fields);

    /// <summary>"ShortTitle" reads "short title"; "ExtendedBureauMember" reads "extended bureau member".</summary>
    public static string Words(string name, bool capital = false)
    {
        var words = Capitals().Replace(name, " $1").Trim().ToLowerInvariant();
        return capital ? Sentences.Opening(words) : words;
    }

    /// <summary>What the body of <paramref name="bodyId"/> calls a convening; "meeting" when the entry does not say.</summary>
    private static string NounOf(string? bodyId, AuditNames names) =>
        Guid.TryParse(bodyId, out var id) && names.Nouns.TryGetValue(id, out var noun) ? noun : "meeting";

    /// <summary>The convening an entry is about, named in its body's words, by the entry's key or the Id it recorded.</summary>
    private static string? ConveningOf(string key, string? recordedId, AuditNames names) =>
        new[] { key, recordedId }.Select(k => Guid.TryParse(k, out var g) && names.Convenings.TryGetValue(g, out var name) ? name : null)
            .FirstOrDefault(n => n is not null);

    /// <summary>The thing an entry is about, as a reader names it: "item 3", "mandate 2 (A/RES/74/247)", "the French file".</summary>
    private static string Subject(string type, string id, Dictionary<string, JsonElement> v, AuditNames names)
    {
        string? S(string key) => Text(Get(v, key));
        int? N(string key) => Get(v, key) is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() : null;
        return type switch
        {
            "AgendaItem" when N("Item") is { } item => S("SubItem") is { } sub ? $"item {item} ({sub})" : $"item {item}",
            "Meeting" when ConveningOf(id, S("Id"), names) is { } convening => convening,
            "Meeting" when N("Number") is { } n => $"convening {n}",
            "PlenaryMeeting" when N("Number") is { } n => $"the {Numbers.OrdinalInFigures(n)} plenary meeting",
            "BureauPost" when S("Person") is { } person => $"the Bureau post of {person}",
            "OrganizationOfWorkRow" when N("Position") is { } p => $"row {p} of the organization of work",
            "Mandate" when N("Position") is { } p => S("Symbol") is { } symbol ? $"mandate {p} ({symbol})" : $"mandate {p}",
            "Workplan" when N("StartYear") is { } start && N("EndYear") is { } end => $"the workplan for {start}{Dates.EnDash}{end}",
            "PlannedMeeting" when N("Year") is { } year => N("Position") is { } p ? $"planned {NounOf(S("BodyId"), names)} {p} ({year})" : $"the {NounOf(S("BodyId"), names)} planned for {year}",
            "Body" when S("Slug") is { } slug => $"the body {slug}",
            "Document" when S("Symbol") is { } symbol => symbol,
            "DocumentFile" when S("Language") is { } lang && OfficialLanguage.IsOfficial(lang) => $"the {OfficialLanguage.Name(lang)} file",
            "Delegation" when S("Participant") is { } p => $"the delegation of {(Get(v, "IsState") is { ValueKind: JsonValueKind.True } ? Plenary.Domain.Participation.StateRegister.NameOf(p) : p)}",
            "DelegationMember" when S("FamilyName") is { } family => string.Join(' ', new[] { S("Title"), S("FirstName"), family }.Where(x => !string.IsNullOrEmpty(x))),
            "DelegationMember" when S("Name") is { } name => name,
            "Statement" or "Speaker" when S("Participant") is { } p => (type == "Speaker" ? "the request for the floor of " : "the statement of ")
                + (Get(v, "IsState") is { ValueKind: JsonValueKind.True } ? Plenary.Domain.Participation.StateRegister.NameOf(p) : p)
                + (S("Item") is { } item ? $" on item {item}" : ""),
            "SpeakersList" => "the list of speakers",
            "Organization" when S("Name") is { } name => name,
            "MeetingEvent" => $"the step of the history ({Words(EnumName(type, "Kind", Get(v, "Kind"), names) ?? S("Kind") ?? "event")}) of {ValueText(type, "OccurredOn", Get(v, "OccurredOn"), names) ?? "an unknown day"}",
            "RoleAssignment" => $"the {Words(EnumName(type, "Role", Get(v, "Role"), names) ?? S("Role") ?? "unknown")} role"
                + (ValueText(type, "UserId", Get(v, "UserId"), names) is { } user ? $" of {user}" : ""),
            "PlenaryUser" when S("Email") is { } email => $"the account {email}",
            "PersonalAccessToken" when S("Name") is { } name => $"the personal access token “{name}”",
            "Invitation" when S("Email") is { } email => $"the invitation of {email}",
            "BodyRecord" => $"the record of {id}",
            _ => "the " + Kind(type),
        };
    }

    private static string Kind(string type) => Kinds.TryGetValue(type, out var kind) ? kind : Words(type);

    /// <summary>What the thing belongs to, by name: "the seventh meeting (Expert Group)", "Expert Group", a document's symbol.</summary>
    private static string? Context(string type, Dictionary<string, JsonElement> v, AuditNames names)
    {
        foreach (var key in (string[])["MeetingId", "DocumentId", "DelegationId", "BodyId", "UserId"])
            if (type != "Body" && Get(v, key) is { ValueKind: JsonValueKind.String } id && Guid.TryParse(id.GetString(), out var guid) && names.Things.TryGetValue(guid, out var name))
                return name;
        return null;
    }

    /// <summary>The fields of an added or removed entity that say something, with their values.</summary>
    private static List<FieldChange> Shown(string type, Dictionary<string, JsonElement> values, AuditNames names, bool before) =>
        values.Where(kv => !Hidden.Contains(kv.Key) && !kv.Key.EndsWith("Id", StringComparison.Ordinal) && kv.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .Select(kv => ValueText(type, kv.Key, kv.Value, names) is { } text
                ? new FieldChange(Words(kv.Key, capital: true), before ? text : null, before ? null : text, null)
                : null)
            .OfType<FieldChange>()
            .ToList();

    private static FieldChange Field(string type, string key, JsonElement? before, JsonElement? after, AuditNames names)
    {
        var (b, a) = (ValueText(type, key, before, names), ValueText(type, key, after, names));
        var diff = b is not null && a is not null && (WordCount(b) >= DiffFromWords || WordCount(a) >= DiffFromWords) ? WordDiff.Compare(b, a) : null;
        return new FieldChange(Words(key, capital: true), b, a, diff);
    }

    /// <summary>A value in words: a date "6 April 2021", an enumeration "in person", a flag "yes", a list "English, French", an id by its name.</summary>
    private static string? ValueText(string type, string key, JsonElement? value, AuditNames names)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return null;
        var clr = names.PropertyType(type, key) is { } t ? Nullable.GetUnderlyingType(t) ?? t : null;
        switch (v.ValueKind)
        {
            case JsonValueKind.True: return "yes";
            case JsonValueKind.False: return "no";
            case JsonValueKind.Number:
                return clr is { IsEnum: true } ? EnumName(type, key, v, names) is { } name ? Words(name) : v.GetRawText() : v.GetRawText();
            case JsonValueKind.Array:
                var items = v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? LanguageOr(key, e.GetString()!) : e.GetRawText()).ToList();
                return items.Count == 0 ? "none" : key.Contains("Language", StringComparison.Ordinal) ? string.Join(", ", items) : string.Join("; ", items);
            case JsonValueKind.String:
                var s = v.GetString()!;
                if (clr == typeof(DateOnly) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return Dates.Day(day);
                if (clr == typeof(TimeOnly) && TimeOnly.TryParse(s, CultureInfo.InvariantCulture, out var time)) return time.ToString("HH:mm", CultureInfo.InvariantCulture);
                if (clr == typeof(DateTimeOffset) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                    return $"{Dates.Day(DateOnly.FromDateTime(at.UtcDateTime))}, {at.UtcDateTime:HH:mm} UTC";
                if (Guid.TryParse(s, out var guid)) return names.Things.TryGetValue(guid, out var thing) ? thing : "an entry no longer in the record";
                if (clr is { IsEnum: true }) return Words(s);
                return key == "Language" ? LanguageOr(key, s) : s;
            default:
                return v.GetRawText();
        }
    }

    private static string LanguageOr(string key, string value) =>
        key.Contains("Language", StringComparison.Ordinal) && OfficialLanguage.IsOfficial(value) ? OfficialLanguage.Name(value) : value;

    private static string? EnumName(string type, string key, JsonElement? value, AuditNames names) =>
        value is { ValueKind: JsonValueKind.Number } n && names.PropertyType(type, key) is { } t && (Nullable.GetUnderlyingType(t) ?? t) is { IsEnum: true } e
            ? Enum.GetName(e, Enum.ToObject(e, n.GetInt32()))
            : null;

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A key (the entity's id or a reference to another's) that did not change: not news.</summary>
    private static bool IsKey(string key, Dictionary<string, JsonElement>? before, Dictionary<string, JsonElement>? after) =>
        key.EndsWith("Id", StringComparison.Ordinal) && SameValue(before, after, key);

    private static bool SameValue(Dictionary<string, JsonElement>? before, Dictionary<string, JsonElement>? after, string key) =>
        (Get(before, key), Get(after, key)) switch
        {
            (null, null) => true,
            ({ } b, { } a) => b.GetRawText() == a.GetRawText(),
            _ => false,
        };

    private static JsonElement? Get(Dictionary<string, JsonElement>? values, string key) =>
        values is not null && values.TryGetValue(key, out var v) ? v : null;

    private static string? Text(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } s ? s.GetString() : value is { ValueKind: JsonValueKind.Number } n ? n.GetRawText() : null;

    /// <summary>The entry's values by property, or null when there are none (or they are not an object, as an import's record is not).</summary>
    private static Dictionary<string, JsonElement>? Values(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Capitals();
}
