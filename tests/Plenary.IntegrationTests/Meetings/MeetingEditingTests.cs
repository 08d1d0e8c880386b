using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Meetings;

/// <summary>
/// The Secretariat edits the seventh meeting's plenary meetings, agenda removals and
/// documentation, on the pages and through the API, on each store: success, errors next to the
/// field with nothing written, confirmation before removal, stale edits refused, the audit rows.
/// </summary>
public abstract class MeetingEditingTests : FreshSiteTests
{
    private const string Meeting = "/bodies/eg-cybercrime/meetings/7";
    private const string Api = "/api/v1/bodies/eg-cybercrime/meetings/7";

    /// <summary>Posts the confirmation panel's own form, as its button would.</summary>
    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, IHtmlDocument page)
    {
        var form = page.QuerySelector(".confirm-removal form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        return await client.PostAsync(form.GetAttribute("action")!, new FormUrlEncodedContent(fields));
    }

    private async Task<JsonElement> ReadAsync() =>
        JsonDocument.Parse(await Site.CreateClient().GetStringAsync(Api)).RootElement;

    private static IEnumerable<JsonElement> WorkRows(JsonElement meeting) =>
        meeting.GetProperty("organizationOfWork").EnumerateArray().SelectMany(d => d.GetProperty("slots").EnumerateArray()).SelectMany(s => s.GetProperty("rows").EnumerateArray());

    private async Task<List<(string Type, string Action, string Actor)>> AuditAsync()
    {
        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        return (await db.AuditEntries.Where(e => e.Channel == Plenary.Application.Audit.AuditChannel.Web || e.Channel == Plenary.Application.Audit.AuditChannel.Api).ToListAsync())
            .Select(e => (e.EntityType, e.Action, e.Actor)).ToList();
    }

    // ---- Plenary meetings page --------------------------------------------------------------------------------

    [SkippableFact]
    public async Task AddingAPlenaryMeetingBeforeTheOthers_RenumbersThem_TheWorkFollows_AndTheAuditRecordsIt()
    {
        var client = await SignedInAsync();
        var page = await ParseAsync(client, Meeting + "/plenary-meetings");

        var added = await client.PostAsync(Meeting + "/plenary-meetings?handler=Add", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Date"] = "2021-04-06", ["StartsAt"] = "08:00", ["EndsAt"] = "09:30",
        }));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("was added", (await ParseAsync(client, Meeting + "/plenary-meetings")).QuerySelector("[role=status]")!.TextContent);
        var meeting = await ReadAsync();
        var plenaries = meeting.GetProperty("plenaryMeetings").EnumerateArray().ToList();
        Assert.Equal(7, plenaries.Count);
        Assert.Equal("08:00", plenaries[0].GetProperty("startsAt").GetString());
        Assert.Contains(WorkRows(meeting), r => r.GetProperty("item").GetString() == "1 (a)" && r.GetProperty("plenaryMeeting").GetInt32() == 2);
        Assert.Contains(("PlenaryMeeting", "Added", "secretariat@plenary.demo"), await AuditAsync());
    }

    [SkippableTheory]
    [InlineData("2021-04-06", "12:00", "14:00", "StartsAt", "overlaps plenary meeting 1")]
    [InlineData("2021-04-12", "10:00", "13:00", "Date", "falls outside the convening's dates")]
    [InlineData("", "10:00", "13:00", "Date", "Give the day")]
    [InlineData("2021-04-08", "19:00", "", "EndsAt", "needs both a start and an end time")]
    public async Task ABadPlenaryMeeting_IsRefusedNextToItsField_AndNothingIsWritten(string date, string start, string end, string field, string message)
    {
        var client = await SignedInAsync();
        var page = await ParseAsync(client, Meeting + "/plenary-meetings");

        var response = await client.PostAsync(Meeting + "/plenary-meetings?handler=Add", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Date"] = date, ["StartsAt"] = start, ["EndsAt"] = end,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await ParseAsync(response)).QuerySelector($"[data-valmsg-for={field}]")!.TextContent);
        Assert.Equal(VersionOn(page), VersionOn(await ParseAsync(client, Meeting + "/plenary-meetings")));
        Assert.Equal(6, (await ReadAsync()).GetProperty("plenaryMeetings").GetArrayLength());
    }

    [SkippableFact]
    public async Task RemovingAPlenaryMeeting_AsksFirst_SayingWhichAssignmentsGo_ThenRemovesThem()
    {
        var client = await SignedInAsync();

        var confirm = await ParseAsync(client, Meeting + "/plenary-meetings?remove=1");
        var panel = confirm.QuerySelector(".confirm-removal")!.TextContent;
        Assert.Contains("Remove the 1st meeting", panel);
        Assert.Contains("items 1 (a), 1 (b) and 2", panel);
        Assert.Equal(6, (await ReadAsync()).GetProperty("plenaryMeetings").GetArrayLength()); // asking removes nothing

        var removed = await ConfirmAsync(client, confirm);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var meeting = await ReadAsync();
        Assert.Equal(5, meeting.GetProperty("plenaryMeetings").GetArrayLength());
        Assert.DoesNotContain(WorkRows(meeting), r => r.GetProperty("item").GetString() is "1 (a)" or "1 (b)");
        Assert.Contains(WorkRows(meeting), r => r.GetProperty("item").GetString() == "2" && r.GetProperty("plenaryMeeting").GetInt32() == 1);
        var audit = await AuditAsync();
        Assert.Contains(("PlenaryMeeting", "Deleted", "secretariat@plenary.demo"), audit);
        Assert.Contains(("OrganizationOfWorkRow", "Deleted", "secretariat@plenary.demo"), audit);
        // The documents still compose from the edited record.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Api + "/documents/report?format=txt")).StatusCode);
    }

    [SkippableFact]
    public async Task AStaleRemoval_IsRefused_SayingWhoChangedTheMeeting()
    {
        var first = await SignedInAsync();
        var second = await SignedInAsync("admin@plenary.demo");
        var confirm = await ParseAsync(second, Meeting + "/plenary-meetings?remove=6");
        var page = await ParseAsync(first, Meeting + "/plenary-meetings?edit=6");

        var edited = await first.PostAsync(Meeting + "/plenary-meetings?handler=Edit", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Plenary"] = "6", ["Date"] = "2021-04-08", ["StartsAt"] = "15:00", ["EndsAt"] = "17:00",
        }));
        var stale = await ConfirmAsync(second, confirm);

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var message = (await ParseAsync(stale)).QuerySelector("#edit-error")!.TextContent;
        Assert.Contains("changed by someone else", message);
        Assert.Contains("secretariat@plenary.demo", message);
        var plenaries = (await ReadAsync()).GetProperty("plenaryMeetings").EnumerateArray().ToList();
        Assert.Equal(6, plenaries.Count);
        Assert.Equal("17:00", plenaries[5].GetProperty("endsAt").GetString());
    }

    // ---- Agenda: removal, unassignment, documentation ------------------------------------------------------------

    [SkippableFact]
    public async Task RemovingAnItem_AsksFirst_NamingItsSubItemsAndAssignments_ThenRenumbersTheRest()
    {
        var client = await SignedInAsync();

        var confirm = await ParseAsync(client, Meeting + "/agenda?remove=1");
        var panel = confirm.QuerySelector(".confirm-removal")!.TextContent;
        Assert.Contains("Remove item 1 (Organizational matters)", panel);
        Assert.Contains("two sub-items (1 (a) and 1 (b))", panel);
        Assert.Contains("two assignments to plenary meetings", panel);
        Assert.Contains("Items 2, 3, 4 and 5 move up", panel);

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(client, confirm)).StatusCode);

        var meeting = await ReadAsync();
        var items = meeting.GetProperty("agenda").GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("number").GetString(), i.GetProperty("title").GetString())).ToList();
        Assert.Equal(4, items.Count);
        Assert.StartsWith("Consideration of all preliminary", items[0].Item2);
        Assert.Contains(WorkRows(meeting), r => r.GetProperty("item").GetString() == "1" && r.GetProperty("plenaryMeeting").GetInt32() == 1);
        Assert.Contains(("AgendaItem", "Deleted", "secretariat@plenary.demo"), await AuditAsync());
    }

    [SkippableFact]
    public async Task UnassigningAnItem_AsksFirst_ThenTakesItOffThatPlenaryMeetingOnly()
    {
        var client = await SignedInAsync();
        var agenda = await ParseAsync(client, Meeting + "/agenda");
        Assert.NotNull(agenda.QuerySelector($"a[href='{Meeting}/agenda?unassign=2&plenary=1#confirm-removal']"));

        var confirm = await ParseAsync(client, Meeting + "/agenda?unassign=2&plenary=1");
        Assert.Contains("still taken up at the 2nd, 3rd and 4th plenary meetings", confirm.QuerySelector(".confirm-removal")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(client, confirm)).StatusCode);

        var rows = WorkRows(await ReadAsync()).Where(r => r.GetProperty("item").GetString() == "2").Select(r => r.GetProperty("plenaryMeeting").GetInt32()).ToList();
        Assert.Equal([2, 3, 4], rows);
    }

    [SkippableFact]
    public async Task Documentation_IsPickedFromTheRegister_OrGivenByTitle_AndTheAnnotatedAgendaListsIt()
    {
        var client = await SignedInAsync();
        var page = await ParseAsync(client, Meeting + "/agenda");
        var options = page.QuerySelectorAll("#symbol-2 option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("UNODC/CCPCJ/EG.4/2020/INF/1", options);
        Assert.DoesNotContain("UNODC/CCPCJ/EG.4/2021/CRP.1", options); // already listed under item 2

        var picked = await client.PostAsync(Meeting + "/agenda?handler=AddDocumentation", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Item"] = "3", ["Symbol"] = "UNODC/CCPCJ/EG.4/2020/INF/1", ["DocumentTitle"] = "",
        }));
        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        page = await ParseAsync(client, Meeting + "/agenda");
        var titled = await client.PostAsync(Meeting + "/agenda?handler=AddDocumentation", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Item"] = "3", ["Symbol"] = "", ["DocumentTitle"] = "Proposals submitted by Member States",
        }));
        Assert.Equal(HttpStatusCode.Redirect, titled.StatusCode);

        var document = await ParseAsync(client, Meeting + "/documents/agenda");
        var text = document.Body!.TextContent;
        Assert.Contains("Provisional list of participants", text);
        Assert.Contains("UNODC/CCPCJ/EG.4/2020/INF/1", text);
        Assert.Contains("Proposals submitted by Member States", text);
        Assert.Contains(("DocumentationReference", "Added", "secretariat@plenary.demo"), await AuditAsync());

        page = await ParseAsync(client, Meeting + "/agenda");
        var moved = await client.PostAsync(Meeting + "/agenda?handler=MoveDocumentation", page.FormWith(new() { ["Version"] = VersionOn(page), ["Item"] = "3", ["Position"] = "2", ["To"] = "1" }));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var confirm = await ParseAsync(client, Meeting + "/agenda?removeDocument=3&position=2");
        Assert.Contains("the document stays in the register", confirm.QuerySelector(".confirm-removal")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(client, confirm)).StatusCode);

        var item3 = (await ReadAsync()).GetProperty("agenda").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == "3");
        Assert.Equal(["Proposals submitted by Member States"], item3.GetProperty("documentation").EnumerateArray().Select(d => d.GetProperty("title").GetString()));
    }

    [SkippableFact]
    public async Task ADocumentationEntryWithNeitherSymbolNorTitle_IsRefusedNextToTheTitle_AndNothingIsWritten()
    {
        var client = await SignedInAsync();
        var page = await ParseAsync(client, Meeting + "/agenda");

        var response = await client.PostAsync(Meeting + "/agenda?handler=AddDocumentation", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Item"] = "4", ["Symbol"] = "", ["DocumentTitle"] = " ",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var result = await ParseAsync(response);
        Assert.Contains("title of a document listed under item 4 is required", result.QuerySelector("#documentation-4 .field-error")!.TextContent);
        Assert.Null(result.QuerySelector("#documentation-3 .field-error"));
        Assert.Equal(VersionOn(page), VersionOn(await ParseAsync(client, Meeting + "/agenda")));
    }

    [SkippableFact]
    public async Task OtherRoles_SeeNoEditorLinks_AndAreTurnedAwayFromTheEditors()
    {
        var client = await SignedInAsync("delegate@plenary.demo");
        var meeting = await ParseAsync(client, Meeting);
        Assert.Null(meeting.QuerySelector($"a[href='{Meeting}/plenary-meetings']"));
        var post = await client.PostAsync(Meeting + "/plenary-meetings?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "1", ["Plenary"] = "1" }));
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden);
        Assert.Equal(1, (await ReadAsync()).GetProperty("version").GetInt32());
    }

    // ---- API ------------------------------------------------------------------------------------------------------

    private async Task<int> VersionAsync() => (await ReadAsync()).GetProperty("version").GetInt32();

    [SkippableFact]
    public async Task TheSecretariatsToken_WritesEachPart_AndAStaleVersionIsAConflict()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));

        var v = await VersionAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Api + "/plenary-meetings", new { version = v, date = "2021-04-08", startsAt = "18:30", endsAt = "19:30" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync(Api + "/plenary-meetings", new { version = v, date = "2021-04-08", startsAt = "20:00", endsAt = "21:00" })).StatusCode);
        v = await VersionAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(Api + "/plenary-meetings/7", new { version = v, date = "2021-04-08", startsAt = "19:00", endsAt = "20:00" })).StatusCode);
        v = await VersionAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"{Api}/plenary-meetings/7?version={v}")).StatusCode);


        v = await VersionAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Api + "/agenda/items/4/documentation", new { version = v, symbol = "UNODC/CCPCJ/EG.4/2020/2" })).StatusCode);
        v = await VersionAsync();
        var unknown = await api.PostAsJsonAsync(Api + "/agenda/items/4/documentation", new { version = v, symbol = "UNODC/CCPCJ/EG.4/1999/9" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("symbol", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Api + "/agenda/items/4/documentation", new { version = v, title = "A note by the Secretariat" })).StatusCode);
        v = await VersionAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync(Api + "/agenda/items/4/documentation/2/move", new { version = v, to = 1 })).StatusCode);
        v = await VersionAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"{Api}/agenda/items/4/documentation/2?version={v}")).StatusCode);

        v = await VersionAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"{Api}/agenda/items/3/assignment?plenaryMeeting=6&version={v}")).StatusCode);
        v = await VersionAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"{Api}/agenda/items/1%20(b)?version={v}")).StatusCode);

        var meeting = await ReadAsync();
        Assert.Equal(6, meeting.GetProperty("plenaryMeetings").GetArrayLength());
        var items = meeting.GetProperty("agenda").GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(items, i => i.GetProperty("number").GetString() == "1 (b)");
        Assert.Equal(["A note by the Secretariat"], items.Single(i => i.GetProperty("number").GetString() == "4").GetProperty("documentation").EnumerateArray().Select(d => d.GetProperty("title").GetString()));
        Assert.DoesNotContain(WorkRows(meeting), r => r.GetProperty("item").GetString() == "3" && r.GetProperty("plenaryMeeting").GetInt32() == 6);
        Assert.Contains(await AuditAsync(), e => e.Type == "Meeting" && e.Actor == "secretariat@plenary.demo");
    }

    [SkippableTheory]
    [InlineData("POST", "/plenary-meetings", "{\"date\":\"2021-04-08\"}", "version")]
    [InlineData("POST", "/plenary-meetings", "{\"version\":1}", "date")]
    [InlineData("POST", "/plenary-meetings", "{\"version\":1,\"date\":\"2021-04-08\",\"startsAt\":\"7pm\"}", "startsAt")]
    [InlineData("PUT", "/plenary-meetings/1", "{\"version\":1}", "date")]
    [InlineData("POST", "/agenda/items/2/documentation", "{\"version\":1}", "symbol")]
    [InlineData("POST", "/agenda/items/2/documentation/1/move", "{\"version\":1}", "to")]
    [InlineData("DELETE", "/plenary-meetings/1", null, "version")]
    [InlineData("DELETE", "/agenda/items/2/assignment?version=1", null, "plenaryMeeting")]
    public async Task AMissingField_IsA400NamingIt(string method, string path, string? body, string parameter)
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var request = new HttpRequestMessage(new HttpMethod(method), Api + path);
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
        Assert.Equal(1, await VersionAsync());
    }

    [SkippableFact]
    public async Task ADelegatesToken_Gets403_AndNothingIsWritten()
    {
        var api = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));

        Assert.Equal(HttpStatusCode.Forbidden, (await api.DeleteAsync($"{Api}/plenary-meetings/1?version=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.DeleteAsync($"{Api}/agenda/items/2?version=1")).StatusCode);
        Assert.Equal(1, await VersionAsync());
    }
}

public sealed class SqliteMeetingEditingTests : MeetingEditingTests;

public sealed class PostgresMeetingEditingTests : MeetingEditingTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
