using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Application.Records;
using Plenary.Domain.Bodies;
using static Plenary.UnitTests.Records.RecordFixtures;

namespace Plenary.UnitTests.Records;

/// <summary>
/// Any record the domain accepts exports and imports back identically: the small record with random
/// edits (texts of any length and alphabet, dates and numbers in and far out of range, enum values,
/// symbols, languages) is built by the domain as an import builds it; whatever the domain accepts is
/// exported, and that file passes the schema, builds again without an error and exports to the same
/// text. What the domain refuses is refused with errors at paths, never with an exception.
/// </summary>
public sealed class RecordRoundTripProperties
{
    [Property(MaxTest = 300)]
    public Property AnyRecordTheDomainAccepts_ExportsAndImportsBackIdentically() =>
        Prop.ForAll(EditedRecords.ToArbitrary(), edited =>
        {
            var outcome = RoundTrip(edited.Json);
            return (outcome.Problem is null).Label($"{outcome.Problem}\nEdits: {string.Join("; ", edited.Edits)}");
        });

    [Fact]
    public void TheEditedRecords_AreBothAcceptedAndRefused_SoThePropertySaysSomething()
    {
        var outcomes = EditedRecords.Sample(400, 400).Select(e => RoundTrip(e.Json)).ToList();

        Assert.True(outcomes.Count(o => o.Accepted) >= 80, $"{outcomes.Count(o => o.Accepted)} of 400 accepted");
        Assert.True(outcomes.Count(o => !o.Accepted) >= 40, $"{outcomes.Count(o => !o.Accepted)} of 400 refused");
    }

    private sealed record Edited(string Json, IReadOnlyList<string> Edits);

    private sealed record Outcome(bool Accepted, string? Problem);

    /// <summary>Built as an import builds it; what the domain accepts exported, checked against the schema, built again and exported again.</summary>
    private static Outcome RoundTrip(string json)
    {
        RecordFile file;
        try
        {
            file = RecordJson.Deserialize(json);
        }
        catch (JsonException)
        {
            return new(false, null); // an enum value that is none, a date that is not one: refused when read
        }
        var builder = new RecordBuilder();
        var built = builder.Build(file);
        if (built is null)
            return new(false, builder.Errors.Count > 0 && builder.Errors.All(e => e.Path.StartsWith('$')) ? null : "Refused without an error at a path.");

        var exported = Export(file, built);
        var schemaErrors = RecordSchema.Validate(exported);
        if (schemaErrors.Count > 0) return new(true, "The export fails the schema: " + string.Join("; ", schemaErrors));
        var again = new RecordBuilder();
        var rebuilt = again.Build(RecordJson.Deserialize(exported));
        if (rebuilt is null) return new(true, "The export does not import again: " + string.Join("; ", again.Errors));
        var reexported = Export(RecordJson.Deserialize(exported), rebuilt);
        return new(true, reexported == exported ? null : "The export, imported and exported again, differs.");
    }

    private static string Export(RecordFile file, BuiltRecord built)
    {
        var parent = file.Body.Parent is { } p ? Body.Create(p.Slug, p.FullName, p.ShortName, p.Secretariat, p.SymbolSeries, Membership.Listed) : null;
        return RecordJson.Serialize(RecordMapper.ToRecord(built.Body, parent, built.Meetings, built.Documents,
            recommendations: built.Recommendations, procedures: built.Procedures, participation: built.Participation));
    }

    // ---- Generators ------------------------------------------------------------------------------------------

    private static Gen<string> Text => Gen.Frequency(
        (4, Gen.Elements("Vienna", "New York", "Organizational matters", "Ms. A. Example", "Côte d'Ivoire", "Réunion d'experts", "中文", "العربية",
            "<b>bold</b> & \"quoted\"", "line\r\nbreak", "  spaced  ", "", " ", "\u0000", "\t")),
        (1, Gen.Elements(1, 99, 100, 101, 255, 256, 1000, 1001, 4000, 5000, 20_000).Select(n => new string('x', n))));

    private static Gen<JsonNode?> Date => Gen.Frequency(
        (4, Gen.Choose(new DateOnly(2015, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber).Select(d => (JsonNode?)DateOnly.FromDayNumber(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Elements<JsonNode?>("0001-01-01", "9999-12-31", "1899-12-31", "2021-02-30", "6 April 2021", null)));

    private static Gen<JsonNode?> Number => Gen.Frequency(
        (3, Gen.Choose(-2, 12).Select(n => (JsonNode?)n)),
        (1, Gen.Elements<JsonNode?>(99, 100, 1000, 9999, 2021, 2022, int.MaxValue, long.MaxValue, 1.5, "3", null)));

    private static Gen<JsonNode?> Time => Gen.Elements<JsonNode?>("10:00", "15:00", "00:00", "23:59", "24:00", "9:5", "13:00", null);

    private static Gen<JsonNode?> EnumValue(params string[] values) => Gen.Frequency((4, Gen.Elements(values).Select(v => (JsonNode?)v)), (1, Gen.Elements<JsonNode?>("notAValue", 99, null)));

    private static Gen<JsonNode?> Languages => Gen.SubListOf(new[] { "ar", "zh", "en", "fr", "ru", "es", "xx", "EN" }).Select(l => (JsonNode?)new JsonArray(l.Select(x => (JsonNode?)x).ToArray()));

    private static Gen<JsonNode?> Symbol => Gen.Elements<JsonNode?>("UNODC/CCPCJ/EG.9/2021/1", "UNODC/CCPCJ/EG.9/2021/2", "UNODC/CCPCJ/EG.9/2021/CRP.1", "UNODC/CCPCJ/EG.9/2022/1",
        "A/RES/65/230", "UNODC/CCPCJ/EG.4/2021/1", "no symbol", "", "UNODC/CCPCJ/EG.9/2021/1/", new string('A', 300));

    /// <summary>One change to the record's tree, with a word for the failure message.</summary>
    private static Gen<(string Name, Action<JsonObject> Apply)> Edit => Gen.OneOf(
        Text.Select(t => Set("body.fullName", t, r => r["body"]!.AsObject(), "fullName")),
        Text.Select(t => Set("body.shortName", t, r => r["body"]!.AsObject(), "shortName")),
        Text.Select(t => Set("meetings[1].venue", t, r => Meeting(r, 1), "venue")),
        Text.Select(t => Set("meetings[0].venue", t, r => Meeting(r, 0), "venue")),
        Date.Select(d => Set("meetings[1].startDate", d, r => Meeting(r, 1), "startDate")),
        Date.Select(d => Set("meetings[1].endDate", d, r => Meeting(r, 1), "endDate")),
        Date.Select(d => Set("meetings[0].endDate", d, r => Meeting(r, 0), "endDate")),
        Number.Select(n => Set("meetings[1].number", n, r => Meeting(r, 1), "number")),
        EnumValue("inPerson", "hybrid", "virtual").Select(v => Set("meetings[1].format", v, r => Meeting(r, 1), "format")),
        EnumValue("planned", "held", "postponed", "cancelled").Select(v => Set("meetings[1].status", v, r => Meeting(r, 1), "status")),
        Text.Select(t => Set("agenda item 2 title", t, r => Item(r, 1), "title")),
        Text.Select(t => Set("agenda item 3 title", t, r => Item(r, 2), "title")),
        Date.Select(d => Set("plenaryMeetings[1].date", d, r => Plenary(r, 1), "date")),
        Time.Select(t => Set("plenaryMeetings[0].startsAt", t, r => Plenary(r, 0), "startsAt")),
        Time.Select(t => Set("plenaryMeetings[0].endsAt", t, r => Plenary(r, 0), "endsAt")),
        Languages.Select(l => Set("plenaryMeetings[0].interpretation", l, r => Plenary(r, 0), "interpretation")),
        Text.Select(t => Set("documents[1].title", t, r => Document(r, 1), "title")),
        Symbol.Select(s => Set("documents[1].symbol", s, r => Document(r, 1), "symbol")),
        EnumValue("provisionalAgenda", "report", "note", "conferenceRoomPaper", "other").Select(v => Set("documents[1].type", v, r => Document(r, 1), "type")),
        Number.Select(n => Set("documents[1].meeting", n, r => Document(r, 1), "meeting")),
        Languages.Select(l => Set("documents[0].languages", l, r => Document(r, 0), "languages")),
        Number.Select(n => Set("workplans[0].startYear", n, r => Workplan(r), "startYear")),
        Number.Select(n => Set("workplans[0].endYear", n, r => Workplan(r), "endYear")),
        Number.Select(n => Set("plannedMeetings[1].meetingNumber", n, r => Workplan(r)["plannedMeetings"]![1]!.AsObject(), "meetingNumber")),
        Text.Select(t => Set("officers[0].person", t, r => Officer(r), "person")),
        Date.Select(d => Set("officers[0].electedOn", d, r => Officer(r), "electedOn")),
        EnumValue("chair", "viceChair", "rapporteur").Select(v => Set("officers[0].office", v, r => Officer(r), "office")),
        Text.Select(t => Set("mandates[0].organ", t, r => r["mandates"]![0]!.AsObject(), "organ")));

    private static Gen<Edited> EditedRecords =>
        from count in Gen.Choose(1, 3)
        from edits in Edit.ListOf(count)
        select Apply(edits);

    private static Edited Apply(IEnumerable<(string Name, Action<JsonObject> Apply)> edits)
    {
        var root = JsonNode.Parse(SmallValidJson)!.AsObject();
        var names = new List<string>();
        foreach (var (name, apply) in edits)
        {
            apply(root);
            names.Add(name);
        }
        return new(root.ToJsonString(), names);
    }

    private static (string, Action<JsonObject>) Set(string name, JsonNode? value, Func<JsonObject, JsonObject> target, string field) =>
        ($"{name} = {Shown(value)}", root => target(root)[field] = value?.DeepClone());

    private static string Shown(JsonNode? value) => value?.ToJsonString() is { } s ? (s.Length > 40 ? $"{s[..20]}… ({s.Length} characters)" : s) : "null";

    private static JsonObject Meeting(JsonObject root, int i) => root["meetings"]![i]!.AsObject();
    private static JsonObject Item(JsonObject root, int i) => Meeting(root, 0)["agenda"]!["items"]![i]!.AsObject();
    private static JsonObject Plenary(JsonObject root, int i) => Meeting(root, 0)["plenaryMeetings"]![i]!.AsObject();
    private static JsonObject Document(JsonObject root, int i) => root["documents"]![i]!.AsObject();
    private static JsonObject Workplan(JsonObject root) => root["workplans"]![0]!.AsObject();
    private static JsonObject Officer(JsonObject root) => root["officers"]![0]!.AsObject();
}
