using System.Text.Json.Nodes;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Records;
using Plenary.Application.Recommendations;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Recommendations;

/// <summary>
/// A body that holds sessions keeps lists too: the ad hoc committee of data/examples, given a programme of work with
/// topics of its own and a list at its second session, read through the record format, the list and the report.
/// </summary>
public abstract class SessionsBodyListTests
{
    protected abstract ITestStore NewStore();

    /// <summary>The committee's record with a programme of work that provides for lists, and two texts of its second session (convening 4).</summary>
    public static string CommitteeWithList()
    {
        var record = JsonNode.Parse(File.ReadAllText(RepoPaths.CommitteeRecord))!.AsObject();
        record["workplans"] = JsonNode.Parse("""
            [ { "title": "Programme of work of the Ad Hoc Committee for 2022–2023", "startYear": 2022, "endYear": 2023, "preliminaryConclusions": true,
                "plannedMeetings": [
                  { "year": 2022, "meetingNumber": 4, "topics": ["Sharing of hydrological data", "Early warning systems"] },
                  { "year": 2023, "meetingNumber": 7, "stocktaking": true } ] } ]
            """);
        record["recommendations"] = JsonNode.Parse("""
            { "preliminary": [
                { "identifier": "2022/SHD/1", "meeting": 4, "topic": "Sharing of hydrological data", "kind": "recommendation",
                  "text": "Riparian States should exchange river flow data in near real time.", "suggestedBy": ["Bangladesh", "NPL"], "recordedAt": "2022-06-01T10:00:00Z" },
                { "identifier": "2022/EWS/1", "meeting": 4, "topic": "Early warning systems", "kind": "conclusion",
                  "text": "Early warning systems save lives when their alerts reach communities in their own languages.", "suggestedBy": ["FJI"], "language": "fr",
                  "recordedAt": "2022-06-02T15:30:00Z" } ] }
            """);
        return record.ToJsonString();
    }

    [SkippableFact]
    public async Task TheCommitteesList_RoundTripsThroughTheRecordFormat_AndItsReportSpeaksOfTheSession()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        var imported = await new ImportRecord(db).HandleAsync(CommitteeWithList());
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));

        var exported = await new ExportRecord(db).HandleAsync("ahc-hydrological-data");
        Assert.Equal(ImportOutcome.Unchanged, (await new ImportRecord(db).HandleAsync(exported!)).Outcome);
        var list = await new PreliminaryQueries(db, TimeProvider.System).ListAsync("ahc-hydrological-data", 4);
        Assert.Equal(["Sharing of hydrological data", "Early warning systems"], list!.Topics.Select(t => t.Topic));
        Assert.Equal("Resumed second session", (await new PreliminaryQueries(db, TimeProvider.System).ListAsync("ahc-hydrological-data", 5))!.Convening);

        var report = await new OfficialDocuments(db, TimeProvider.System).PreviewAsync("ahc-hydrological-data", 4, OfficialDocumentKind.Report);
        var text = TextRenderer.Render(report!.Document);
        Assert.Contains("the Rapporteur drew up at the session, with the support of the Secretariat", text);
        Assert.Contains("to be discussed further at the stocktaking session, which the workplan plans for 2023.", text);
        Assert.Contains("(a) Riparian States should exchange river flow data in near real time.", text);
        Assert.DoesNotContain("stocktaking meeting", text);
    }
}

public sealed class SqliteSessionsBodyListTests : SessionsBodyListTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresSessionsBodyListTests : SessionsBodyListTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
