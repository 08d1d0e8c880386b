using System.Text.Json.Nodes;
using Plenary.Application.Records;
using Plenary.Domain.Bodies;

namespace Plenary.UnitTests.Records;

/// <summary>Record files for the record tests: the demo file, a small valid record and broken copies of it.</summary>
internal static class RecordFixtures
{
    /// <summary>The folder that holds Plenary.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Plenary.sln"))) return dir.FullName;
            throw new InvalidOperationException($"No Plenary.sln above {AppContext.BaseDirectory}.");
        }
    }

    public static string DemoJson => File.ReadAllText(Path.Combine(RepositoryRoot, "data", "demo", "eg-cybercrime.json"));

    /// <summary>A small record that passes the schema and builds: two meetings, two documents.</summary>
    public const string SmallValidJson = """
        {
          "formatVersion": 2,
          "body": { "slug": "eg-test", "fullName": "Expert Group on Testing", "shortName": "Expert Group", "symbolSeries": "UNODC/CCPCJ/EG.9",
                    "participants": "experts", "noDocumentationNote": true },
          "mandates": [ { "kind": "resolution", "symbol": "A/RES/65/230", "organ": "General Assembly" } ],
          "workplans": [ { "title": "Workplan 2021–2022", "startYear": 2021, "endYear": 2022,
            "plannedMeetings": [ { "year": 2021, "meetingNumber": 1, "topics": ["Cooperation"] }, { "year": 2022, "meetingNumber": 2, "stocktaking": true } ] } ],
          "officers": [ { "office": "chair", "person": "Ms. A. Example", "state": "Austria", "electedOn": "2020-12-01", "forLife": true } ],
          "meetings": [
            { "number": 1, "venue": "Vienna", "startDate": "2021-04-06", "endDate": "2021-04-08", "format": "hybrid", "status": "held",
              "history": [ { "date": "2020-11-23", "kind": "datesApproved", "decidedBy": "extended Bureau", "means": "silenceProcedure",
                             "newStartDate": "2021-04-06", "newEndDate": "2021-04-08" } ],
              "plenaryMeetings": [
                { "number": 1, "date": "2021-04-06", "startsAt": "10:00", "endsAt": "13:00", "interpretation": ["fr", "en"] },
                { "number": 2, "date": "2021-04-07" } ],
              "presiding": { "openedBy": "Ms. A. Example" }, "summaryByChair": true,
              "agenda": { "status": "adopted", "adoptedAtPlenaryMeeting": 1, "items": [
                { "number": 1, "title": "Organizational matters", "subItems": [
                  { "letter": "a", "title": "Opening of the meeting" },
                  { "letter": "b", "title": "Adoption of the agenda",
                    "documentation": [ { "symbol": "UNODC/CCPCJ/EG.9/2021/1", "title": "Provisional agenda" } ] } ] },
                { "number": 2, "title": "International cooperation", "panellists": [ { "name": "Mr. B. Example", "state": "Chile" } ] },
                { "number": 3, "title": "Adoption of the report" } ] },
              "organizationOfWork": [
                { "plenaryMeeting": 1, "item": "1 (a)" },
                { "plenaryMeeting": 1, "item": "1 (b)" },
                { "plenaryMeeting": 1, "item": "2" },
                { "plenaryMeeting": 2, "item": "2", "continued": true },
                { "plenaryMeeting": 2, "item": "3" },
                { "date": "2021-04-08", "nonWorking": true, "description": "Public holiday" } ] },
            { "number": 2, "venue": "Vienna", "startDate": "2022-05-02", "endDate": "2022-05-04" }
          ],
          "documents": [
            { "symbol": "UNODC/CCPCJ/EG.9/2021/1", "title": "Provisional agenda", "type": "provisionalAgenda", "meeting": 1, "languages": ["fr", "en"] },
            { "symbol": "UNODC/CCPCJ/EG.9/2022/1", "title": "Provisional agenda", "type": "provisionalAgenda", "meeting": 2 }
          ]
        }
        """;

    /// <summary>The small record as version 1 of the format wrote it (a Bureau per meeting): what the upgrade reads.</summary>
    public const string SmallVersion1Json = """
        {
          "formatVersion": 1,
          "body": { "slug": "eg-test", "fullName": "Expert Group on Testing", "shortName": "Expert Group", "symbolSeries": "UNODC/CCPCJ/EG.9" },
          "mandates": [ { "kind": "resolution", "symbol": "A/RES/65/230", "organ": "General Assembly" } ],
          "workplans": [ { "title": "Workplan 2021–2022", "startYear": 2021, "endYear": 2022,
            "plannedMeetings": [ { "year": 2021, "meetingNumber": 1, "topics": ["Cooperation"] }, { "year": 2022, "meetingNumber": 2, "stocktaking": true } ] } ],
          "meetings": [
            { "number": 1, "venue": "Vienna", "startDate": "2021-04-06", "endDate": "2021-04-08", "format": "hybrid", "status": "held",
              "history": [ { "date": "2020-11-23", "kind": "datesApproved", "decidedBy": "extended Bureau", "means": "silenceProcedure",
                             "newStartDate": "2021-04-06", "newEndDate": "2021-04-08" } ],
              "plenaryMeetings": [
                { "number": 1, "date": "2021-04-06", "startsAt": "10:00", "endsAt": "13:00", "interpretation": ["fr", "en"] },
                { "number": 2, "date": "2021-04-07" } ],
              "bureau": [ { "office": "chair", "person": "Ms. A. Example", "state": "Austria", "openedMeeting": true } ],
              "agenda": { "status": "adopted", "adoptedAtPlenaryMeeting": 1, "items": [
                { "number": 1, "title": "Organizational matters", "subItems": [
                  { "letter": "a", "title": "Opening of the meeting" },
                  { "letter": "b", "title": "Adoption of the agenda",
                    "documentation": [ { "symbol": "UNODC/CCPCJ/EG.9/2021/1", "title": "Provisional agenda" } ] } ] },
                { "number": 2, "title": "International cooperation", "panellists": [ { "name": "Mr. B. Example", "state": "Chile" } ] },
                { "number": 3, "title": "Adoption of the report" } ] },
              "organizationOfWork": [
                { "plenaryMeeting": 1, "item": "1 (a)" },
                { "plenaryMeeting": 1, "item": "1 (b)" },
                { "plenaryMeeting": 1, "item": "2" },
                { "plenaryMeeting": 2, "item": "2", "continued": true },
                { "plenaryMeeting": 2, "item": "3" },
                { "date": "2021-04-08", "nonWorking": true, "description": "Public holiday" } ] },
            { "number": 2, "venue": "Vienna", "startDate": "2022-05-02", "endDate": "2022-05-04" }
          ],
          "documents": [
            { "symbol": "UNODC/CCPCJ/EG.9/2021/1", "title": "Provisional agenda", "type": "provisionalAgenda", "meeting": 1, "languages": ["fr", "en"] },
            { "symbol": "UNODC/CCPCJ/EG.9/2022/1", "title": "Provisional agenda", "type": "provisionalAgenda", "meeting": 2 }
          ]
        }
        """;

    /// <summary>The small record with changes made to its JSON tree.</summary>
    public static string Edited(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(SmallValidJson)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    /// <summary>
    /// The small record with seven mistakes: an unknown field and a wrong enum (schema), and an end before
    /// the start, a gap in the agenda, a repeated meeting number, a bad symbol and a document for a
    /// meeting the record does not hold (domain). All of them still deserialise.
    /// </summary>
    public static string BrokenJson => Edited(BreakEverything);

    /// <summary><see cref="BrokenJson"/> plus a date in the wrong form, which stops deserialisation.</summary>
    public static string BrokenJsonWithBadDate => Edited(root =>
    {
        BreakEverything(root);
        root["documents"]![0]!["issuedOn"] = "6 April 2021";
    });

    private static void BreakEverything(JsonObject root)
    {
        var meetings = root["meetings"]!.AsArray();
        var documents = root["documents"]!.AsArray();
        meetings[0]!["colour"] = "red";
        root["officers"]!.AsArray().Add(new JsonObject { ["office"] = "chair", ["person"] = "Mr. C", ["state"] = "Chile", ["electedOn"] = "2021-01-05" });
        meetings[1]!["endDate"] = "2022-05-01";
        meetings[0]!["agenda"]!["items"]!.AsArray().Add(new JsonObject { ["number"] = 5, ["title"] = "Other matters" });
        meetings.Add(new JsonObject { ["number"] = 1, ["venue"] = "Geneva", ["startDate"] = "2023-01-09", ["endDate"] = "2023-01-10" });
        documents[1]!["symbol"] = "UNODC//2022/1";
        documents.Add(new JsonObject { ["symbol"] = "UNODC/CCPCJ/EG.9/2030/1", ["title"] = "Note", ["type"] = "note", ["meeting"] = 9 });
    }

    /// <summary>Builds a record file, failing the test with every error if it does not build.</summary>
    public static BuiltRecord Build(string json)
    {
        var builder = new RecordBuilder();
        var built = builder.Build(RecordJson.Deserialize(RecordUpgrade.ToCurrent(json)));
        Assert.True(built is not null, "The record did not build: " + string.Join("; ", builder.Errors));
        Assert.Empty(builder.Errors);
        return built;
    }

    /// <summary>Builds and writes back in the normal form, as import does before it compares.</summary>
    public static string NormalForm(string json)
    {
        var file = RecordJson.Deserialize(RecordUpgrade.ToCurrent(json));
        var built = Build(json);
        var parent = file.Body.Parent is { } p
            ? Body.Create(p.Slug, p.FullName, p.ShortName, p.Secretariat, p.SymbolSeries, Membership.Listed)
            : null;
        return RecordJson.Serialize(RecordMapper.ToRecord(built.Body, parent, built.Meetings, built.Documents, recommendations: built.Recommendations, procedures: built.Procedures));
    }
}
