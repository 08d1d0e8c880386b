using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Bodies;

/// <summary>
/// Issue 8's "done when", through the pages alone, on each store: a secretariat creates an ad hoc committee that
/// holds sessions, sets its sequential symbols, records its officers (elected for its life at its first session),
/// schedules its organizational, first, second, resumed second and third sessions, builds the third session's
/// agenda with roles, plenary meetings and a holiday, issues its annotated agenda with a chosen date, and reads a
/// document in which every convening is named and ordered correctly and none is called a meeting.
/// </summary>
public abstract partial class SessionsBodyThroughThePagesTests : FreshSiteTests
{
    private const string Body = "/bodies/ahc-pages";

    /// <summary>Posts a form of the page at <paramref name="path"/> with the page's version (when it has one) and antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? handler, Dictionary<string, string> fields)
    {
        var page = await ParseAsync(client, path.Split('#')[0]);
        if (page.QuerySelector("input[name=Version]") is { } version) fields.TryAdd("Version", version.GetAttribute("value")!);
        var target = path.Split('?')[0] + (handler is null ? "" : $"?handler={handler}");
        return await client.PostAsync(target, page.FormWith(fields));
    }

    private static async Task Done(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await ParseAsync(response);
            var errors = string.Join(" | ", page.QuerySelectorAll(".field-error, .form-error").Select(e => e.TextContent.Trim()));
            Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {errors}");
        }
    }

    private static async Task<string> ErrorNextTo(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await ParseAsync(response);
        var message = page.QuerySelector($"[data-valmsg-for={field}]")?.TextContent.Trim();
        Assert.True(message is not null, $"No message next to {field}: {page.QuerySelector(".form-error")?.TextContent}");
        return message;
    }

    [SkippableFact]
    public async Task ASecretariatModelsACommitteeThatHoldsSessions_AndIssuesItsThirdSessionsAgenda()
    {
        var admin = await SignedInAsync("admin@plenary.demo");

        await Done(await PostAsync(admin, "/bodies/new", null, new()
        {
            ["Slug"] = "ahc-pages", ["FullName"] = "Ad Hoc Committee on an International Framework for the Exchange of Hydrological Data",
            ["ShortName"] = "Ad Hoc Committee", ["SymbolSeries"] = "A/AC.988", ["Membership"] = "OpenEnded", ["Convenes"] = "Sessions", ["Participants"] = "Representatives",
        }));
        await Done(await PostAsync(admin, Body + "/edit", null, new()
        {
            ["FullName"] = "Ad Hoc Committee on an International Framework for the Exchange of Hydrological Data", ["ShortName"] = "Ad Hoc Committee",
            ["SymbolSeries"] = "A/AC.988", ["Membership"] = "OpenEnded", ["Convenes"] = "Sessions", ["SittingNumbering"] = "WithinConvening", ["Participants"] = "Representatives",
            ["AgendaSymbolPattern"] = "{series}/{n}", ["ReportSymbolPattern"] = "{series}/{n}", ["ListOfParticipantsSymbolPattern"] = "{series}/INF/{n}",
        }));

        // The convenings, in the order a secretariat would schedule them; the numbers are their keys.
        var sessions = new (string Number, string Kind, string Ordinal, string Continues, string Venue, string Start, string End)[]
        {
            ("1", "Organizational", "", "", "New York", "2021-05-10", "2021-05-12"),
            ("2", "Regular", "1", "", "New York", "2022-02-28", "2022-03-11"),
            ("3", "Regular", "2", "", "Vienna", "2022-05-30", "2022-06-10"),
            ("4", "Resumed", "", "3", "New York", "2022-07-25", "2022-07-27"),
            ("5", "Regular", "3", "", "New York", "2022-08-29", "2022-09-09"),
        };
        foreach (var s in sessions)
        {
            await Done(await PostAsync(admin, Body + "/meetings/new", null, new()
            {
                ["Number"] = s.Number, ["Kind"] = s.Kind, ["Ordinal"] = s.Ordinal, ["Continues"] = s.Continues, ["Venue"] = s.Venue,
                ["StartDate"] = s.Start, ["EndDate"] = s.End, ["Format"] = "InPerson",
            }));
            if (s.Number != "5") await Done(await PostAsync(admin, $"{Body}/meetings/{s.Number}/edit", "Status", new() { ["Status"] = "Held" }));
        }
        var refused = await PostAsync(admin, Body + "/meetings/new", null, new()
        {
            ["Number"] = "6", ["Kind"] = "Organizational", ["Ordinal"] = "4", ["Venue"] = "New York", ["StartDate"] = "2023-01-09", ["EndDate"] = "2023-01-10", ["Format"] = "InPerson",
        });
        Assert.Contains("An organizational session has no ordinal", await ErrorNextTo(refused, "Ordinal"));

        // Officers elected for the committee's life at its first session (number 2).
        foreach (var (office, person, state) in new[] { ("Chair", "Ms. Amina Haddad", "Morocco"), ("ViceChair", "Mr. Tomasz Wieczorek", "POL"), ("Rapporteur", "Mr. Rahim Karimov", "Uzbekistan") })
            await Done(await PostAsync(admin, Body + "/officers", "Elect", new()
            {
                ["Office"] = office, ["Person"] = person, ["State"] = state, ["ElectedOn"] = "2022-02-28", ["ElectedAt"] = "2", ["ForLife"] = "true",
            }));
        Assert.Contains("'XYZ' is not a State in the register", await ErrorNextTo(await PostAsync(admin, Body + "/officers", "Elect", new()
        {
            ["Office"] = "ViceChair", ["Person"] = "Mr. X", ["State"] = "XYZ",
        }), "State"));

        // The third session: who opened and closed it, its agenda with roles, plenary meetings and a United Nations holiday.
        var third = Body + "/meetings/5";
        await Done(await PostAsync(admin, third + "/edit", "Presiding", new() { ["OpenedBy"] = "1", ["ClosedBy"] = "1" }));
        foreach (var (title, role) in new[]
        {
            ("Opening of the session", ""), ("Adoption of the agenda and organization of work", ""),
            ("Consideration of the revised text of the framework", "Substantive"), ("Other matters", ""),
            ("Adoption of the report on the third session", ""), ("Conclusion of the work of the session", "Closure"),
        })
            await Done(await PostAsync(admin, third + "/agenda", "Add", new() { ["Title"] = title, ["Role"] = role }));
        foreach (var (day, start, end) in new[] { ("2022-08-29", "10:00", "13:00"), ("2022-09-06", "10:00", "13:00"), ("2022-09-09", "15:00", "18:00") })
            await Done(await PostAsync(admin, third + "/plenary-meetings", "Add", new() { ["Date"] = day, ["StartsAt"] = start, ["EndsAt"] = end }));
        await Done(await PostAsync(admin, third + "/plenary-meetings", "Holiday", new() { ["Day"] = "2022-09-05", ["Description"] = "United Nations holiday (Labour Day)" }));
        foreach (var (item, sitting) in new[] { ("1", "1"), ("2", "1"), ("3", "1"), ("3", "2"), ("4", "3"), ("5", "3"), ("6", "3") })
            await Done(await PostAsync(admin, third + "/agenda", "Assign", new() { ["Item"] = item, ["PlenaryMeeting"] = sitting, ["Continued"] = item == "3" && sitting == "2" ? "true" : "false" }));

        // Two documents of the organizational session are in the register: the next number is 3, never guessed.
        foreach (var (symbol, title, type) in new[] { ("A/AC.988/1", "Provisional agenda", "ProvisionalAgenda"), ("A/AC.988/2", "Report of the Ad Hoc Committee on its organizational session", "Report") })
            await Done(await PostAsync(admin, Body + "/documents/new", null, new()
            {
                ["Symbol"] = symbol, ["Title"] = title, ["Type"] = type, ["MeetingNumber"] = "1", ["Distribution"] = "General", ["OriginalLanguage"] = "en", ["LanguageVersions"] = "en",
            }));

        // The third session is past: its agenda is not dated today unless that is chosen.
        var undated = await PostAsync(admin, third + "/documents/agenda", "Issue", new() { ["DateOfIssue"] = "" });
        Assert.Contains("so its annotated provisional agenda is not dated today", await ErrorNextTo(undated, "DateOfIssue"));
        // Issuing cannot be undone: the first post shows what will be issued and asks to confirm.
        var confirmation = await PostAsync(admin, third + "/documents/agenda", "Issue", new() { ["DateOfIssue"] = "2022-06-29" });
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains("A/AC.988/3", (await ParseAsync(confirmation)).QuerySelector("#confirm-issue")!.TextContent);
        var issued = await PostAsync(admin, third + "/documents/agenda", "Issue", new() { ["DateOfIssue"] = "2022-06-29", ["confirmed"] = "true" });
        await Done(issued);
        Assert.Contains("A/AC.988/3 was issued, dated 29 June 2022.", (await ParseAsync(admin, third + "/documents/agenda")).QuerySelector("[role=status]")!.TextContent);

        var text = await admin.GetStringAsync($"/api/v1{third}/documents/agenda?format=txt");
        Assert.StartsWith("United Nations\nA/AC.988/3\nDistr.: General\n29 June 2022\nOriginal: English\n\nAd Hoc Committee on an International Framework for the Exchange of Hydrological Data\nThird session\nNew York, 29 August–9 September 2022\n", text.ReplaceLineEndings("\n"));
        Assert.Equal(
        [
            "The organizational session of the Ad Hoc Committee was held in New York from 10 to 12 May 2021.",
            "The first session of the Ad Hoc Committee was held in New York from 28 February to 11 March 2022.",
            "The second session of the Ad Hoc Committee was held in Vienna from 30 May to 10 June 2022.",
            "The resumed second session of the Ad Hoc Committee was held in New York from 25 to 27 July 2022.",
        ], HistoryLines().Matches(text).Select(m => m.Groups["sentence"].Value));
        Assert.Contains("Monday, 5 September 2022 |  |  | United Nations holiday (Labour Day)", text);
        Assert.Empty(StrayMeeting().Matches(text));

        var report = await admin.GetStringAsync($"/api/v1{third}/documents/report?format=txt");
        Assert.Contains("Draft report of the Ad Hoc Committee on an International Framework for the Exchange of Hydrological Data on its third session", report);
        Assert.Contains("The session was opened by Ms. Amina Haddad (Morocco), Chair of the Ad Hoc Committee.", report);
        Assert.Contains("V. Closure of the session", report);
        Assert.DoesNotContain("preliminary conclusions", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Summary by the Chair", report);
        Assert.Empty(StrayMeeting().Matches(report));

        var body = await ParseAsync(Anonymous(), Body);
        Assert.Equal("Sessions", body.QuerySelector("#meetings-heading")!.TextContent.Trim());
        Assert.Equal(["Organizational session", "First session", "Second session", "Resumed second session", "Third session"],
            body.QuerySelectorAll(".timeline h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("for the life of the Ad Hoc Committee, from 28 February 2022; elected at the first session", body.QuerySelector("#officers-heading")!.ParentElement!.TextContent);

        // Its history of changes, the register of documents and the workplan's refusals say "session" too.
        var changes = (await ParseAsync(admin, third)).QuerySelector("#changes")!;
        Assert.Contains("the third session", changes.TextContent);
        Assert.Empty(StrayMeeting().Matches(string.Join(" ", changes.QuerySelectorAll("p.change").Select(p => p.TextContent))));
        var register = await ParseAsync(admin, Body + "/documents");
        Assert.Equal("Session", register.QuerySelector("label[for=meeting]")!.TextContent.Trim());
        Assert.Contains("Organizational session", register.QuerySelector("table tbody")!.TextContent);
        await Done(await PostAsync(admin, Body + "/workplans", "Add", new() { ["Title"] = "Programme of work for 2022", ["StartYear"] = "2022", ["EndYear"] = "2022" }));
        var workplanId = (await ParseAsync(admin, Body + "/workplans")).QuerySelector("input[name=Workplan]")!.GetAttribute("value")!;
        await Done(await PostAsync(admin, Body + "/workplans", "AddMeeting", new() { ["Workplan"] = workplanId, ["Year"] = "2022", ["MeetingNumber"] = "5", ["Topics"] = "Consideration of the revised text" }));
        var twice = await PostAsync(admin, Body + "/workplans", "AddMeeting", new() { ["Workplan"] = workplanId, ["Year"] = "2022", ["MeetingNumber"] = "5", ["Topics"] = "Review" });
        Assert.Contains("The workplan already plans the fifth session", await ErrorNextTo(twice, "MeetingNumber"));

        // The editors name the convening as the body does.
        foreach (var editor in new[] { third + "/edit", third + "/plenary-meetings" })
        {
            var meta = (await ParseAsync(admin, editor)).QuerySelector(".meta")!.TextContent;
            Assert.Contains("see the session page", meta);
            Assert.DoesNotContain("meeting page", meta);
        }
    }

    [GeneratedRegex(@"^\d+\. (?<sentence>The [a-z ]+ of the Ad Hoc Committee was held [^.]+\.)", RegexOptions.Multiline)]
    private static partial Regex HistoryLines();

    // A sitting is a "plenary meeting"; nothing else in a session body's documents is a meeting.
    [GeneratedRegex(@"\b(?<!plenary )meetings?\b")]
    private static partial Regex StrayMeeting();
}

public sealed class SqliteSessionsBodyThroughThePagesTests : SessionsBodyThroughThePagesTests;

public sealed class PostgresSessionsBodyThroughThePagesTests : SessionsBodyThroughThePagesTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
