using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Decisions;
using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Decisions;

/// <summary>
/// A silence procedure run through the pages, as the Secretariat and the extended Bureau would: drafted,
/// circulated (inbox), silence broken with an amendment after a confirmation step, a revised proposal
/// circulated, and both concluded by time, with the app stopped over the deadlines; the adoption moves
/// the convening's dates and records the event the documents narrate. On SQLite here, on PostgreSQL below.
/// </summary>
public class SilenceProcedureTests : SilenceSiteTests
{
    [SkippableFact]
    public async Task DatesProposal_BrokenThenRevised_IsConcludedByTimeAfterARestart_AndAdoptionMovesTheDates()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var year = Start.Year + 1;
        var secretariat = await SignedInAsync(site, "secretariat");
        var first = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 2), new DateOnly(year, 5, 4)));
        await CirculateAsync(site, secretariat, first);

        // Both members of the extended Bureau are told, in their inbox.
        var bureau = await SignedInAsync(site, "bureau");
        var inbox = await PageAsync(bureau, "/inbox");
        Assert.Contains($"Silence procedure {first}: Dates of the eighth meeting", inbox.Body!.TextContent);
        Assert.Contains("Inbox (1 unread)", inbox.QuerySelector("header")!.TextContent);

        // Breaking silence asks first, and writes nothing until confirmed.
        var path = $"/bodies/eg-cybercrime/silence-procedures/{first}";
        var ask = await PostAsync(bureau, path, "Break", new() { ["Kind"] = "Amendment", ["Text"] = $"Hold the meeting from 9 to 11 May {year}." });
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Break silence with this proposed amendment?", await ask.Content.ReadAsStringAsync());
        Assert.Empty((await StoredAsync(first)).Breaks);
        var broken = await PostAsync(bureau, path, "Break", new() { ["Kind"] = "Amendment", ["Text"] = $"Hold the meeting from 9 to 11 May {year}.", ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, broken.StatusCode);

        // The Secretariat circulates a revised proposal, linked to the first.
        Clock.Now = Start.AddHours(2);
        var revised = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 9), new DateOnly(year, 5, 11)), revises: first);
        await CirculateAsync(site, secretariat, revised);
        Assert.Equal(first, (await StoredAsync(revised)).RevisesNumber);

        // The app stops; both deadlines pass while nothing runs; another start finds them due.
        await StopAsync(site);
        Clock.Now = DeadlineAt.AddDays(3);
        var restarted = NewSite();
        var page = await PageAsync(restarted.CreateClient(), $"/bodies/eg-cybercrime/silence-procedures/{revised}");

        Assert.Contains("adopted by the extended Bureau by means of a silence procedure on " + Plenary.Domain.Editorial.Dates.Day(DeadlineDay), page.Body!.TextContent);
        Assert.Equal(ProcedureStatus.NotAdopted, (await StoredAsync(first)).Status);
        var adopted = await StoredAsync(revised);
        Assert.Equal(ProcedureStatus.Adopted, adopted.Status);
        Assert.Equal(DeadlineAt, adopted.ConcludedAt);
        var meeting = await MeetingAsync(8);
        Assert.Equal((new DateOnly(year, 5, 9), new DateOnly(year, 5, 11)), (meeting.StartDate, meeting.EndDate));
        var approval = Assert.Single(meeting.History, e => e.Kind == MeetingEventKind.DatesApproved);
        Assert.Equal((DeadlineDay, DecisionMeans.SilenceProcedure, "extended Bureau"), (approval.OccurredOn, approval.Means, approval.DecidedBy));
        Assert.Equal(new DateOnly(year, 5, 9), approval.NewStart);
    }

    [SkippableFact]
    public async Task ConcludedProcedures_ExportAndImportIntoAnotherStore_Unchanged_WhileTheOpenOneStaysInTheStore()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var year = Start.Year + 1;
        var secretariat = await SignedInAsync(site, "secretariat");
        var first = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 2), new DateOnly(year, 5, 4)));
        await CirculateAsync(site, secretariat, first);
        var bureau = await SignedInAsync(site, "bureau");
        var path = $"/bodies/eg-cybercrime/silence-procedures/{first}";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(bureau, path, "Break", new() { ["Kind"] = "Amendment", ["Text"] = $"Hold the meeting from 9 to 11 May {year}.", ["confirmed"] = "true" })).StatusCode);
        var revised = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 9), new DateOnly(year, 5, 11)), revises: first);
        await CirculateAsync(site, secretariat, revised);
        Clock.Now = DeadlineAt.AddMinutes(5);
        await PageAsync(site.CreateClient(), "/bodies/eg-cybercrime/silence-procedures"); // concluded on read
        var later = DatesProposal(8, new DateOnly(year, 6, 1), new DateOnly(year, 6, 3), "Other dates of the eighth meeting");
        later["DeadlineDate"] = DeadlineDay.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var open = await DraftAsync(await SignedInAsync(site, "secretariat"), later); // signed in again: days have passed

        string exported;
        await using (var db = Store.Store.CreateContext())
            exported = (await new Plenary.Application.Records.ExportRecord(db).HandleAsync("eg-cybercrime"))!;
        await using var other = NewStore();
        await using var otherDb = await other.MigratedContextAsync();
        var import = await new Plenary.Application.Records.ImportRecord(otherDb).HandleAsync(exported);

        Assert.Equal(Plenary.Application.Records.ImportOutcome.Created, import.Outcome);
        Assert.Equal(exported, await new Plenary.Application.Records.ExportRecord(otherDb).HandleAsync("eg-cybercrime"));
        var procedures = await otherDb.SilenceProcedures.Include(p => p.Steps).OrderBy(p => p.Number).ToListAsync();
        Assert.DoesNotContain(procedures, p => p.Number == open); // a draft stays in its store
        var notAdopted = procedures.Single(p => p.Number == first);
        Assert.Equal(ProcedureStatus.NotAdopted, notAdopted.Status);
        Assert.Equal($"Hold the meeting from 9 to 11 May {year}.", Assert.Single(notAdopted.Breaks).Text);
        var adopted = procedures.Single(p => p.Number == revised);
        Assert.Equal((ProcedureStatus.Adopted, (int?)first, (DateOnly?)new DateOnly(year, 5, 9)), (adopted.Status, adopted.RevisesNumber, adopted.ProposedStart));
        Assert.Equal(DeadlineAt, adopted.DeadlineAt);

        // Importing the export back where it came from changes nothing, and the draft is kept.
        await using (var db = Store.Store.CreateContext())
        {
            Assert.Equal(Plenary.Application.Records.ImportOutcome.Unchanged, (await new Plenary.Application.Records.ImportRecord(db).HandleAsync(exported)).Outcome);
            Assert.True(await db.SilenceProcedures.AnyAsync(p => p.Number == open && p.Status == ProcedureStatus.Draft));
        }
    }

    [SkippableFact]
    public async Task ARecordWithTheNumberOfAnOpenProcedure_IsRefusedOnImport_AndWritesNothing()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);
        string exported;
        await using (var db = Store.Store.CreateContext())
            exported = (await new Plenary.Application.Records.ExportRecord(db).HandleAsync("eg-cybercrime"))!;
        var record = System.Text.Json.Nodes.JsonNode.Parse(exported)!;
        record["silenceProcedures"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse($$"""
            { "number": {{number}}, "subject": "other", "title": "Another decision", "decisionText": "The extended Bureau takes note.",
              "deadline": { "date": "2020-01-10", "time": "12:00", "timeZone": "Europe/Vienna" }, "outcome": "adopted" }
            """));

        await using var store = Store.Store.CreateContext();
        var result = await new Plenary.Application.Records.ImportRecord(store).HandleAsync(record.ToJsonString());

        Assert.Equal(Plenary.Application.Records.ImportOutcome.Refused, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"$.silenceProcedures[6].number", error.Path);
        Assert.Contains($"Silence procedure {number} is open or drafted in the store", error.Message);
        Assert.Equal(ProcedureStatus.Open, (await StoredAsync(number)).Status);
    }

    [SkippableFact]
    public async Task TheOutcomeNotice_RendersOnceConcluded_AsHtmlTextAndDocx_QuotingTheBreaksOnlyForTheCircle()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);
        var bureau = await SignedInAsync(site, "bureau");
        var path = $"/bodies/eg-cybercrime/silence-procedures/{number}";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(bureau, path, "Break", new() { ["Kind"] = "Objection", ["Text"] = "The dates clash with another meeting.", ["confirmed"] = "true" })).StatusCode);
        var anonymous = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path + "/notice")).StatusCode); // still open

        Clock.Now = DeadlineAt.AddMinutes(1);
        var bureauAgain = await SignedInAsync(site, "bureau");
        var text = await bureauAgain.GetStringAsync(path + "/notice?format=txt");
        Assert.Contains($"Outcome of silence procedure {number}", await anonymous.GetStringAsync($"/api/v1/bodies/eg-cybercrime/silence-procedures/{number}/notice?format=txt"));
        var html = await anonymous.GetStringAsync(path + "/notice");
        var docx = await anonymous.GetAsync(path + "/notice?format=docx");

        Assert.Contains($"Outcome of silence procedure {number}", text);
        Assert.Contains("Dates of the eighth meeting", text);
        Assert.Contains("The proposal is therefore not adopted", text);
        Assert.Contains("The dates clash with another meeting.", text);
        Assert.Contains($"Outcome of silence procedure {number}", html);
        Assert.DoesNotContain("The dates clash with another meeting.", html); // who said what is for the circle
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await docx.Content.ReadAsByteArrayAsync())[..2]));
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync(path + "/notice?format=odt")).StatusCode);
    }

    [SkippableFact]
    public async Task EveryStep_IsInTheAuditTrail()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);
        var chair = await SignedInAsync(site, "chair");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(chair, $"/bodies/eg-cybercrime/silence-procedures/{number}", "NoObjection", [])).StatusCode);
        Clock.Now = DeadlineAt;
        await PageAsync(site.CreateClient(), $"/bodies/eg-cybercrime/silence-procedures/{number}");

        await using var db = Store.Store.CreateContext();
        var p = await StoredAsync(number);
        var audited = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(ProcedureStep)).Select(a => a.EntityId).ToListAsync();
        Assert.All(p.Steps, s => Assert.Contains(s.Id.ToString(), audited));
        Assert.Equal([ProcedureStepKind.Drafted, ProcedureStepKind.Circulated, ProcedureStepKind.NoObjection, ProcedureStepKind.Adopted], p.Steps.OrderBy(s => s.Position).Select(s => s.Kind));
        var conclusion = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(SilenceProcedure) && a.EntityId == p.Id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(ConcludeSilenceProcedures.Deadline.Name, conclusion.Last().Actor);
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Meeting)).Select(a => a.Actor).ToListAsync(), a => a == ConcludeSilenceProcedures.Deadline.Name);
    }

    [SkippableFact]
    public async Task OnlyTheCircle_MayBreakSilence_AndNotAfterTheDeadline()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);
        var path = $"/bodies/eg-cybercrime/silence-procedures/{number}";

        var delegate_ = await SignedInAsync(site, "delegate");
        var outside = await PostAsync(delegate_, path, "Break", new() { ["Kind"] = "Objection", ["Text"] = "We object.", ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Contains("Only the members of the extended Bureau to whom silence procedure", await outside.Content.ReadAsStringAsync());

        Clock.Now = DeadlineAt; // (the sign-in cookie follows the app's clock, so sign in after moving it)
        var bureau = await SignedInAsync(site, "bureau");
        var late = await PostAsync(bureau, path, "Break", new() { ["Kind"] = "Objection", ["Text"] = "We object.", ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("only before the deadline", await late.Content.ReadAsStringAsync());
        Assert.Empty((await StoredAsync(number)).Breaks);
        Assert.Equal(ProcedureStatus.Adopted, (await StoredAsync(number)).Status);
    }

    [SkippableFact]
    public async Task Circulating_WithADeadlineTooSoon_IsRefusedNamingTheRule_AndSendsNothing()
    {
        var site = NewSite();
        var secretariat = await SignedInAsync(site, "secretariat");
        var proposal = DatesProposal(7, new DateOnly(2021, 4, 6), new DateOnly(2021, 4, 8));
        proposal["Subject"] = "ProvisionalAgenda";
        proposal["DeadlineDate"] = DateOnly.FromDateTime(Start.UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var number = await DraftAsync(secretariat, proposal);

        var response = await PostAsync(secretariat, $"/bodies/eg-cybercrime/silence-procedures/{number}", "Circulate", new() { ["version"] = await DraftVersionAsync(secretariat, number) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("at least 72 hours after circulation", page.QuerySelector(".form-error")!.TextContent);
        Assert.Equal(ProcedureStatus.Draft, (await StoredAsync(number)).Status);
        await using var db = Store.Store.CreateContext();
        Assert.Empty(await db.Notifications.ToListAsync());
    }

    [SkippableFact]
    public async Task Drafting_WithAnUnknownTimeZone_IsRefusedNextToTheField_AndWritesNothing()
    {
        var site = NewSite();
        var secretariat = await SignedInAsync(site, "secretariat");
        var proposal = DatesProposal(7, new DateOnly(2021, 4, 6), new DateOnly(2021, 4, 8));
        proposal["DeadlineTimeZone"] = "Vienna time";

        var response = await PostAsync(secretariat, "/bodies/eg-cybercrime/silence-procedures/new", null, proposal);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("'Vienna time' is not a time zone", page.QuerySelector("#DeadlineTimeZone-error")!.TextContent);
        await using var db = Store.Store.CreateContext();
        Assert.Equal(6, await db.SilenceProcedures.CountAsync()); // the demo record's, and no other
    }

    [SkippableFact]
    public async Task Extension_IsRecordedAndNotified_AndWithdrawalAsksFirst()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);
        var path = $"/bodies/eg-cybercrime/silence-procedures/{number}";

        var extended = await PostAsync(secretariat, path, "Extend", new()
        {
            ["version"] = (await VersionAsync(site, number)).ToString(CultureInfo.InvariantCulture),
            ["DeadlineDate"] = DeadlineDay.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["DeadlineTime"] = "12:00", ["DeadlineTimeZone"] = "Europe/Vienna",
            ["Reason"] = "At the request of a regional group.",
        });
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        Assert.Equal(DeadlineAt.AddDays(2), (await StoredAsync(number)).DeadlineAt);
        await using (var db = Store.Store.CreateContext())
            Assert.Equal(2, await db.Notifications.CountAsync(n => n.Subject.Contains("deadline extended")));

        var confirm = await PageAsync(secretariat, path + "?withdraw=true");
        Assert.NotNull(confirm.QuerySelector("#confirm-withdraw form"));
        Assert.Equal(ProcedureStatus.Open, (await StoredAsync(number)).Status);
        var withdrawn = await PostAsync(secretariat, path, "Withdraw", new() { ["version"] = (await VersionAsync(site, number)).ToString(CultureInfo.InvariantCulture), ["Reason"] = "The dates are no longer available." });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(ProcedureStatus.Withdrawn, (await StoredAsync(number)).Status);
    }

    [SkippableFact]
    public async Task ABreakAtTheLastSecond_Counts_AndTheOutcomeIsNotAdopted()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);
        Clock.Now = DeadlineAt.AddSeconds(-1);
        var chair = await SignedInAsync(site, "chair");
        var path = $"/bodies/eg-cybercrime/silence-procedures/{number}";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(chair, path, "Break", new() { ["Kind"] = "Objection", ["Text"] = "The dates clash with another meeting.", ["confirmed"] = "true" })).StatusCode);

        Clock.Now = DeadlineAt;
        var page = await PageAsync(site.CreateClient(), path);

        Assert.Equal("not adopted", page.QuerySelector("[data-silence=status]")!.TextContent);
        Assert.Equal(ProcedureStatus.NotAdopted, (await StoredAsync(number)).Status);
        Assert.DoesNotContain((await MeetingAsync(8)).History, e => e.Kind == MeetingEventKind.DatesApproved);
    }
}

public sealed class SilenceProcedurePostgresTests : SilenceProcedureTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
