using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Agenda;

/// <summary>The Secretariat edits the seventh meeting's agenda; others cannot; stale edits are refused.</summary>
public sealed class EditAgendaTests : FreshSiteTests
{
    private const string EditPage = "/bodies/eg-cybercrime/meetings/7/agenda";

    private static FormUrlEncodedContent Form(IHtmlDocument page, Dictionary<string, string> fields) => page.FormWith(fields);

    [Fact]
    public async Task TheSecretariat_AddsMovesAndAssignsAnItem_AndThePageTheApiAndTheHistoryShowIt()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");

        var page = await ParseAsync(client, EditPage);
        var added = await client.PostAsync(EditPage + "?handler=Add", Form(page, new() { ["Version"] = VersionOn(page), ["Title"] = "Election of officers" }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        page = await ParseAsync(client, EditPage);
        Assert.Contains("The item was added.", page.QuerySelector("[role=status]")!.TextContent);
        var moved = await client.PostAsync(EditPage + "?handler=Move", Form(page, new() { ["Version"] = VersionOn(page), ["Item"] = "6", ["To"] = "2" }));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        page = await ParseAsync(client, EditPage);
        var assigned = await client.PostAsync(EditPage + "?handler=Assign", Form(page, new() { ["Version"] = VersionOn(page), ["Item"] = "2", ["PlenaryMeeting"] = "6", ["Continued"] = "false" }));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        var meeting = await ParseAsync(client, "/bodies/eg-cybercrime/meetings/7");
        var items = meeting.QuerySelectorAll(".agenda-list li.item").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(6, items.Count);
        Assert.Contains("Election of officers", items[1]);
        Assert.Contains("Consideration of all preliminary", items[2]); // the old item 2 is now item 3
        Assert.Contains(meeting.QuerySelectorAll("table.work tbody tr"), tr => tr.TextContent.Contains("Election of officers"));
        Assert.True(meeting.QuerySelectorAll("#changes tbody tr").Length >= 3);

        var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).RootElement;
        var numbers = api.GetProperty("agenda").GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("number").GetString(), i.GetProperty("title").GetString())).ToList();
        Assert.Contains(("2", "Election of officers"), numbers);
        Assert.Contains(api.GetProperty("organizationOfWork").EnumerateArray().SelectMany(d => d.GetProperty("slots").EnumerateArray()).SelectMany(s => s.GetProperty("rows").EnumerateArray()),
            r => r.GetProperty("item").GetString() == "3" && r.GetProperty("continued").GetBoolean()); // rows of the old item 2 follow it

        using var scope = Site.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().AuditEntries.Where(e => e.EntityType == "Meeting" && e.Action == "Modified").ToListAsync();
        Assert.Equal(3, audit.Count);
        Assert.All(audit, e => Assert.Equal("secretariat@plenary.demo", e.Actor));
    }

    [Fact]
    public async Task TwoEditorsFromTheSamePage_TheSecondIsRefusedWithWhatChanged()
    {
        var first = await SignedInAsync("secretariat@plenary.demo");
        var second = await SignedInAsync("admin@plenary.demo");
        var firstPage = await ParseAsync(first, EditPage);
        var secondPage = await ParseAsync(second, EditPage);

        var ok = await first.PostAsync(EditPage + "?handler=Edit", Form(firstPage, new() { ["Version"] = VersionOn(firstPage), ["Item"] = "4", ["Title"] = "Other matters", ["Annotation"] = "First editor's text." }));
        var stale = await second.PostAsync(EditPage + "?handler=Edit", Form(secondPage, new() { ["Version"] = VersionOn(secondPage), ["Item"] = "4", ["Title"] = "Other matters", ["Annotation"] = "Second editor's text." }));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var message = new HtmlParser().ParseDocument(await stale.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("changed by someone else", message);
        Assert.Contains("secretariat@plenary.demo", message);
        var meeting = await ParseAsync(first, "/bodies/eg-cybercrime/meetings/7");
        Assert.Contains("First editor's text.", meeting.QuerySelector("#item-4")!.TextContent);
    }

    [Fact]
    public async Task ABadEdit_IsRefusedWithTheRuleAndNothingIsWritten()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, EditPage);
        var response = await client.PostAsync(EditPage + "?handler=Add", Form(page, new() { ["Version"] = VersionOn(page), ["Title"] = "  " }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("title of agenda item 6 is required", (await response.Content.ReadAsStringAsync()));
        Assert.Equal(VersionOn(page), VersionOn(await ParseAsync(client, EditPage)));
    }

    [Theory]
    [InlineData("delegate@plenary.demo")]
    [InlineData("chair@plenary.demo")]
    public async Task OtherRoles_CannotOpenOrPostTheEditor_AndSeeNoEditLink(string email)
    {
        var client = await SignedInAsync(email);
        var get = await client.GetAsync(EditPage);
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Contains("/account/denied", get.Headers.Location!.ToString());
        var post = await client.PostAsync(EditPage + "?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "x", ["Version"] = "1" }));
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden);
        var meeting = await ParseAsync(client, "/bodies/eg-cybercrime/meetings/7");
        Assert.Null(meeting.QuerySelector($"a[href='{EditPage}']"));
        using var scope = Site.Services.CreateScope();
        Assert.Equal(5, await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Set<Plenary.Domain.Agenda.AgendaItem>().CountAsync(i => i.SubItem == null && i.MeetingId == scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Meetings.Single(m => m.Number == 7).Id));
    }
}

/// <summary>The Secretariat edits a meeting's venue, dates and format; bad values are refused next to their field.</summary>
public sealed class EditMeetingDetailsTests : FreshSiteTests
{
    private const string EditPage = "/bodies/eg-cybercrime/meetings/7/edit";

    private async Task<(HttpClient Client, IHtmlDocument Page)> OpenAsync()
    {
        var client = Site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("secretariat@plenary.demo")).StatusCode);
        return (client, new HtmlParser().ParseDocument(await client.GetStringAsync(EditPage)));
    }

    [Fact]
    public async Task SavingNewDatesAndFormat_ShowsThemOnTheMeetingPage()
    {
        var (client, page) = await OpenAsync();
        Assert.Equal("Vienna", page.QuerySelector("input[name=Venue]")!.GetAttribute("value"));

        // New dates and a new format are lifecycle steps: the decision is given with them, and the dates are confirmed.
        var saved = await client.PostAsync(EditPage, page.FormWith(new()
        {
            ["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Venue"] = "Vienna", ["StartDate"] = "2021-04-06", ["EndDate"] = "2021-04-09", ["Format"] = "InPerson",
            ["Date"] = "2021-02-01", ["Authority"] = "DecisionOfTheChair", ["Sittings"] = "Move", ["Confirmed"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var meeting = new HtmlParser().ParseDocument(await client.GetStringAsync("/bodies/eg-cybercrime/meetings/7"));
        Assert.Contains("Vienna, 6–9 April 2021", meeting.QuerySelector(".masthead-dates")!.TextContent);
        Assert.Contains("In person", meeting.QuerySelector(".page-head")!.TextContent);
    }

    [Theory]
    [InlineData("2021-04-08", "2021-04-06", "EndDate", "before the start date")]
    [InlineData("2021-04-07", "2021-04-08", "StartDate", "plenary meeting 5 would fall on 9 April 2021, outside the new dates")]
    [InlineData("2021-04-06", "", "EndDate", "Give the last day")]
    public async Task BadDates_AreRefusedNextToTheirField_AndNothingIsSaved(string start, string end, string field, string message)
    {
        var (client, page) = await OpenAsync();
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var response = await client.PostAsync(EditPage, page.FormWith(new()
        {
            ["Version"] = version, ["Venue"] = "Vienna", ["StartDate"] = start, ["EndDate"] = end, ["Format"] = "Hybrid",
            ["Date"] = "2021-02-01", ["Authority"] = "Notification", ["Sittings"] = "Move", ["Confirmed"] = "true",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var result = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, result.QuerySelector($"[data-valmsg-for={field}]")!.TextContent);
        var again = new HtmlParser().ParseDocument(await client.GetStringAsync(EditPage));
        Assert.Equal(version, again.QuerySelector("input[name=Version]")!.GetAttribute("value"));
    }
}

/// <summary>The annotation preview shows sanitised Markdown and saves nothing.</summary>
public sealed class AnnotationPreviewTests(SqliteDemoSite site) : IClassFixture<SqliteDemoSite>
{
    [Fact]
    public async Task Preview_RendersTheMarkdownSafely_AndSavesNothing()
    {
        var client = site.Client();
        await client.SignInAsync("secretariat@plenary.demo");
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/bodies/eg-cybercrime/meetings/7/agenda"));
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/bodies/eg-cybercrime/meetings/7/agenda?handler=Preview", page.FormWith(new()
        {
            ["Version"] = version, ["Item"] = "4", ["Title"] = "Other matters", ["Annotation"] = "A **bold** point.<script>alert(1)</script>",
        }));

        var result = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var preview = result.QuerySelector(".preview .prose")!;
        Assert.Equal("bold", preview.QuerySelector("strong")!.TextContent);
        Assert.Empty(preview.QuerySelectorAll("script"));
        Assert.Equal(version, new HtmlParser().ParseDocument(await client.GetStringAsync("/bodies/eg-cybercrime/meetings/7/agenda"))
            .QuerySelector("input[name=Version]")!.GetAttribute("value"));
    }
}
