using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Domain.Decisions;
using Plenary.Domain.Editorial;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Decisions;

/// <summary>
/// Issue 10's "Done when", as one story a new user would live through the pages and the API: the Secretariat
/// schedules the eighth meeting from the workplan, circulates its dates to the extended Bureau by silence
/// procedure, a member breaks silence with an amendment, a revised proposal is circulated and adopted at its
/// deadline while the app was stopped; the meeting page, its timeline and the regenerated annotated agenda
/// narrate both procedures with their dates; the outcome notice renders; the Secretariat issues the agenda
/// from the web with a chosen date and then a revision; and every step is in the audit trail. Both stores.
/// </summary>
public class RunningAConveningScenarioTests : SilenceSiteTests
{
    private const string Body = "/bodies/eg-cybercrime";
    private const string Eighth = Body + "/meetings/8";

    [SkippableFact]
    public async Task TheSecretariatRunsTheEighthMeeting_FromTheWorkplan_ThroughTwoSilenceProcedures_ToItsIssuedAndRevisedAgenda()
    {
        var year = Start.Year + 1;
        var site = NewSite();
        var api = site.Api(await site.TokenForAsync("secretariat@plenary.demo"));
        async Task<int> BodyVersion() => (await site.ReadAsync("/api/v1" + Body)).GetProperty("version").GetInt32();
        async Task<int> MeetingVersion() => (await site.ReadAsync("/api/v1" + Eighth)).GetProperty("version").GetInt32();
        static async Task Ok(HttpResponseMessage response, string what) =>
            Assert.True(response.IsSuccessStatusCode, $"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        // The workplan plans the eighth meeting; the Secretariat schedules it from the body's page ("Schedule it").
        await Ok(await api.PostAsJsonAsync("/api/v1" + Body + "/workplans", new { version = await BodyVersion(), title = $"Workplan of the Expert Group for the period {year}–{year + 1}", startYear = year, endYear = year + 1 }), "Adding the workplan");
        var workplan = (await site.ReadAsync("/api/v1" + Body)).GetProperty("workplans").EnumerateArray().Last().GetProperty("id").GetString();
        await Ok(await api.PostAsJsonAsync($"/api/v1{Body}/workplans/{workplan}/planned-meetings",
            new { version = await BodyVersion(), year, meetingNumber = 8, topics = new[] { "Technical assistance and capacity-building" } }), "Planning the eighth meeting");
        var secretariat = await SignedInAsync(site, "secretariat");
        var link = (await PageAsync(secretariat, Body)).QuerySelector("a.schedule-planned")!.GetAttribute("href")!;
        var form = await PageAsync(secretariat, link);
        var fields = form.QuerySelectorAll("form.form input[type=hidden], form.form input[name=Number], form.form input[name=Ordinal], form.form input[name=FirstPlenaryMeetingNumber]")
            .Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        Assert.Equal("8", fields["Number"]);
        (fields["Kind"], fields["Venue"], fields["Format"]) = ("Regular", "Vienna", "InPerson");
        (fields["StartDate"], fields["EndDate"]) = ($"{year}-05-02", $"{year}-05-04");
        var created = await secretariat.PostAsync(Body + "/meetings/new", form.FormWith(fields));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(["Technical assistance and capacity-building"], (await site.ReadAsync("/api/v1" + Eighth)).GetProperty("meeting").GetProperty("topics").EnumerateArray().Select(t => t.GetString()));

        // Its provisional agenda, so that the annotated agenda has an item to tell the history under.
        foreach (var (title, role) in new[] { ("Organizational matters", "adoptionOfAgenda"), ("Technical assistance and capacity-building", "substantive"), ("Adoption of the report", "adoptionOfReport") })
            await Ok(await api.PostAsJsonAsync($"/api/v1{Eighth}/agenda/items", new { version = await MeetingVersion(), title, role }), "Adding an agenda item");

        // Silence procedure on the dates, to the extended Bureau; a member breaks silence with an amendment.
        var first = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 2), new DateOnly(year, 5, 4)));
        await CirculateAsync(site, secretariat, first);
        var bureau = await SignedInAsync(site, "bureau");
        var amendment = $"The meeting should be held from 9 to 11 May {year}, so as not to coincide with the session of the Commission.";
        var asked = await PostAsync(bureau, $"{Body}/silence-procedures/{first}", "Break", new() { ["Kind"] = "Amendment", ["Text"] = amendment });
        Assert.Contains("Break silence with this proposed amendment?", await asked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(bureau, $"{Body}/silence-procedures/{first}", "Break", new() { ["Kind"] = "Amendment", ["Text"] = amendment, ["confirmed"] = "true" })).StatusCode);

        // The revised proposal, linked to the first, two hours later.
        Clock.Now = Start.AddHours(2);
        var revised = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 9), new DateOnly(year, 5, 11)), revises: first);
        await CirculateAsync(site, secretariat, revised);
        Assert.Equal(first, (await StoredAsync(revised)).RevisesNumber);

        // The app stops; the deadlines pass while nothing runs; the restarted app decides by the stored times.
        await StopAsync(site);
        Clock.Now = DeadlineAt.AddDays(1);
        site = NewSite(worker: true);
        // The restarted app's worker concludes what fell due while it was stopped, first thing.
        for (var i = 0; i < 100 && (await StoredAsync(revised)).Status == ProcedureStatus.Open; i++) await Task.Delay(100);
        var circulatedOn = Dates.Day(DateOnly.FromDateTime(Start.UtcDateTime));
        var deadlineOn = Dates.Day(DeadlineDay);

        var meetingPage = (await PageAsync(site.CreateClient(), Eighth)).QuerySelector("#history")!.TextContent;
        var story = $"On {circulatedOn}, a proposal on the dates of the eighth meeting, from 2 to 4 May {year}, was circulated to the extended Bureau under a silence procedure; "
            + $"silence was broken on {circulatedOn} with a proposed amendment, and the proposal was not adopted. A revised proposal was circulated on {circulatedOn}.";
        Assert.Contains(story, Squeezed(meetingPage));
        Assert.Contains($"Silence procedure {first}, not adopted.", Squeezed(meetingPage));
        Assert.Contains($"{deadlineOn} The extended Bureau approved the dates 9–11 May {year} by silence procedure. Silence procedure of the extended Bureau. Recorded by silence procedure {revised} on {deadlineOn}.", Squeezed(meetingPage));
        Assert.Equal(ProcedureStatus.NotAdopted, (await StoredAsync(first)).Status);
        Assert.Equal(ProcedureStatus.Adopted, (await StoredAsync(revised)).Status);
        Assert.Equal((new DateOnly(year, 5, 9), new DateOnly(year, 5, 11)), ((await MeetingAsync(8)).StartDate, (await MeetingAsync(8)).EndDate));

        secretariat = await SignedInAsync(site, "secretariat");
        api = site.Api(await site.TokenForAsync("secretariat@plenary.demo"));
        var timeline = Squeezed((await PageAsync(secretariat, Eighth + "/lifecycle")).QuerySelector("ol.history")!.TextContent);
        Assert.Contains(story, timeline);
        Assert.Contains($"{deadlineOn} The extended Bureau approved the dates 9–11 May {year} by silence procedure.", timeline);

        var agenda = Squeezed(await site.CreateClient().GetStringAsync($"/api/v1{Eighth}/documents/agenda?format=txt"));
        Assert.Contains(story, agenda);
        Assert.Contains($"9 to 11 May {year}, were approved by the extended Bureau by means of a silence procedure on {deadlineOn}", agenda);

        // The outcome notice of the adopted procedure renders as HTML and DOCX.
        var notice = await secretariat.GetAsync($"{Body}/silence-procedures/{revised}/notice");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Contains("adopted", await notice.Content.ReadAsStringAsync());
        var docx = await secretariat.GetAsync($"{Body}/silence-procedures/{revised}/notice?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);

        // The Secretariat issues the agenda from the web with a chosen date, then a revision after a change.
        var dateOfIssue = DeadlineDay.AddDays(2);
        Assert.Equal(HttpStatusCode.Redirect, (await IssueFromTheWebAsync(secretariat, dateOfIssue, "Issue")).StatusCode);
        var documentPage = await PageAsync(secretariat, Eighth + "/documents/agenda");
        var symbol = documentPage.QuerySelector("[role=status]")!.TextContent.Trim().Split(' ')[0];
        Assert.Equal($"{symbol} was issued, dated {Dates.Day(dateOfIssue)}.", documentPage.QuerySelector("[role=status]")!.TextContent.Trim());
        await Ok(await api.PutAsJsonAsync($"/api/v1{Eighth}/agenda/items/2", new { version = await MeetingVersion(), title = "Technical assistance and capacity-building",
            annotation = "The Expert Group may wish to consider the needs of Member States for technical assistance." }), "Annotating item 2");
        Assert.Equal(HttpStatusCode.Redirect, (await IssueFromTheWebAsync(secretariat, dateOfIssue.AddDays(3), "Revision")).StatusCode);
        documentPage = await PageAsync(secretariat, Eighth + "/documents/agenda");
        Assert.Equal($"{symbol}/Rev.1 was issued as a revision, dated {Dates.Day(dateOfIssue.AddDays(3))}.", documentPage.QuerySelector("[role=status]")!.TextContent.Trim());

        // Every step is in the audit trail, with who took it.
        await using var db = Store.Store.CreateContext();
        var trail = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        var meetingId = (await MeetingAsync(8)).Id.ToString();
        int Kind(AuditEntry e) => JsonDocument.Parse(e.After!).RootElement.GetProperty("Kind").GetInt32();
        Assert.Contains(trail, e => e.EntityType == "Workplan" && e.Action == "Added" && e.Actor == "secretariat@plenary.demo");
        Assert.Contains(trail, e => e.EntityType == "PlannedMeeting" && e.Action == "Added" && e.Actor == "secretariat@plenary.demo");
        Assert.Contains(trail, e => e.EntityType == "Meeting" && e.EntityId == meetingId && e.Action == "Added" && e.Actor == "secretariat@plenary.demo" && e.Channel == AuditChannel.Web);
        Assert.Equal(3, trail.Count(e => e.EntityType == "AgendaItem" && e.Action == "Added" && e.MeetingId.ToString() == meetingId));
        Assert.Equal(2, trail.Count(e => e.EntityType == "SilenceProcedure" && e.Action == "Added" && e.Actor == "secretariat@plenary.demo"));
        Assert.Equal(2, trail.Count(e => e.EntityType == "ProcedureStep" && e.Action == "Added" && Kind(e) == (int)ProcedureStepKind.Circulated && e.Actor == "secretariat@plenary.demo"));
        Assert.Single(trail, e => e.EntityType == "ProcedureStep" && e.Action == "Added" && Kind(e) == (int)ProcedureStepKind.SilenceBroken && e.Actor == "bureau@plenary.demo");
        Assert.Single(trail, e => e.EntityType == "ProcedureStep" && e.Action == "Added" && Kind(e) == (int)ProcedureStepKind.NotAdopted && e.Actor == ConcludeSilenceActor);
        Assert.Single(trail, e => e.EntityType == "ProcedureStep" && e.Action == "Added" && Kind(e) == (int)ProcedureStepKind.Adopted && e.Actor == ConcludeSilenceActor);
        Assert.Single(trail, e => e.EntityType == "MeetingEvent" && e.Action == "Added" && Kind(e) == (int)Plenary.Domain.Meetings.MeetingEventKind.DatesApproved
            && e.MeetingId.ToString() == meetingId && e.Actor == ConcludeSilenceActor);
        Assert.Equal([symbol, symbol + "/Rev.1"], trail.Where(e => e.EntityType == "Document" && e.Action == "Added")
            .Select(e => JsonDocument.Parse(e.After!).RootElement.GetProperty("Symbol").GetString()));
    }

    private static readonly string ConcludeSilenceActor = Plenary.Application.Decisions.ConcludeSilenceProcedures.Deadline.Name;

    /// <summary>Runs of white space as one space, so that sentences split over lines or elements read whole.</summary>
    private static string Squeezed(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>The issue form, then its confirmation, as the Secretariat clicks them.</summary>
    private static async Task<HttpResponseMessage> IssueFromTheWebAsync(HttpClient client, DateOnly date, string issueAs)
    {
        const string path = Eighth + "/documents/agenda";
        var fields = new Dictionary<string, string> { ["DateOfIssue"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (issueAs != "Issue") fields["As"] = issueAs;
        var asked = await PostAsync(client, path, "Issue", fields);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var confirm = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await asked.Content.ReadAsStringAsync());
        Assert.Contains("cannot be undone", confirm.QuerySelector("#confirm-issue")!.TextContent);
        var hidden = confirm.QuerySelectorAll("#confirm-issue input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        return await client.PostAsync(path + "?handler=Issue", confirm.FormWith(hidden));
    }
}

public sealed class PostgresRunningAConveningScenarioTests : RunningAConveningScenarioTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
