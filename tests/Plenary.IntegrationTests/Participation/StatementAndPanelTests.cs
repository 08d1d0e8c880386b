using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Participation;

/// <summary>Statements (recorded, their texts uploaded and published by their delegation) and the panels of agenda items.</summary>
public abstract class StatementAndPanelTests : FreshSiteTests
{
    private const string Meeting = "/bodies/eg-cybercrime/meetings/7";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    private async Task<Guid> RecordZafStatementAsync()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var recorded = await api.PostAsJsonAsync("/api/v1" + Meeting + "/statements", new { participant = new { state = "South Africa" }, plenaryMeeting = 1, item = "2" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        return JsonDocument.Parse(await recorded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    [SkippableFact]
    public async Task TheDelegation_UploadsItsStatementsText_AndPublishesIt_ThenAnyoneReadsIt()
    {
        var id = await RecordZafStatementAsync();
        var delegate_ = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        var text = $"/api/v1{Meeting}/statements/{id}/text";

        var upload = await delegate_.PutAsync(text + "?version=1&fileName=statement-zaf.pdf", new ByteArrayContent(Pdf) { Headers = { ContentType = new("application/pdf") } });
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.Api().GetAsync(text)).StatusCode); // not published yet
        var published = await delegate_.PutAsJsonAsync($"/api/v1{Meeting}/statements/{id}/publication", new { version = 2, published = true });

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(Pdf, await Site.Api().GetByteArrayAsync(text));
        var meeting = await ParseAsync(Anonymous(), Meeting);
        var link = meeting.QuerySelector(".statements-published a")!;
        Assert.Equal("South Africa", link.TextContent);
        Assert.Equal(Pdf, await Anonymous().GetByteArrayAsync(link.GetAttribute("href")!));
    }

    [SkippableFact]
    public async Task AnotherDelegation_CannotTouchTheStatement_AndTheSecretariatRemovesIt()
    {
        var id = await RecordZafStatementAsync();
        var stakeholder = Site.Api(await Site.TokenForAsync("stakeholder@plenary.demo"));
        var secretariat = await SignedInAsync("secretariat@plenary.demo");

        var foreign = await stakeholder.PutAsJsonAsync($"/api/v1{Meeting}/statements/{id}/publication", new { version = 1, published = true });
        var confirm = await ParseAsync(secretariat, $"{Meeting}/statements?remove={id}");
        var removed = await secretariat.PostAsync($"{Meeting}/statements?handler=Remove", confirm.FormWith(new() { ["Version"] = "1", ["Id"] = id.ToString() }));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("Remove the statement of South Africa on item 2 at the 1st plenary meeting?", confirm.QuerySelector("#confirm-removal")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, (await Site.ReadAsync("/api/v1" + Meeting + "/statements")).GetArrayLength());
    }

    [SkippableFact]
    public async Task ThePanel_IsEditedOnTheAgendaPage_AndThroughTheApi_StatesPickedFromTheRegister()
    {
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        const string agenda = Meeting + "/agenda";
        var page = await ParseAsync(secretariat, agenda);
        var added = await secretariat.PostAsync(agenda + "?handler=AddPanellist", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Item"] = "2", ["PanellistTitle"] = "Mr", ["PanellistName"] = "Markko Künnapu", ["PanellistState"] = "Estonia",
        }));
        page = await ParseAsync(secretariat, agenda);
        var refused = await secretariat.PostAsync(agenda + "?handler=AddPanellist", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Item"] = "2", ["PanellistName"] = "Someone", ["PanellistState"] = "Atlantis",
        }));
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var version = (await Site.ReadAsync("/api/v1" + Meeting)).GetProperty("version").GetInt32();
        var byApi = await api.PostAsJsonAsync($"/api/v1{Meeting}/agenda/items/2/panellists", new { version, title = "Ms.", name = "A. Example", organization = "INTERPOL" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("'Atlantis' is not a State in the register", (await ParseAsync(refused)).QuerySelector("#panel-2 .field-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Created, byApi.StatusCode);
        var meeting = await ParseAsync(Anonymous(), Meeting);
        Assert.Contains("Mr. Markko Künnapu (Estonia) and Ms. A. Example (International Criminal Police Organization)", meeting.QuerySelector("#item-2")!.TextContent);
    }
}

public sealed class SqliteStatementAndPanelTests : StatementAndPanelTests;

public sealed class PostgresStatementAndPanelTests : StatementAndPanelTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
