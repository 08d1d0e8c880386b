using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Records;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Recommendations;

/// <summary>
/// The consolidation workspace of the demo's seventh meeting (the stocktaking meeting): the assistant's proposals accepted
/// by the Rapporteur, consolidated texts negotiated version by version, dispositions, snapshots and the refusal to
/// finalise a list that leaves texts without a disposition.
/// </summary>
public abstract class ConsolidationTests : FreshSiteTests
{
    private const string Workspace = "/bodies/eg-cybercrime/meetings/7/consolidation";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, IEnumerable<(string, string)> fields, string? formFrom = null)
    {
        var form = await ParseAsync(client, formFrom ?? page);
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).ToList();
        pairs.Add(new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(pairs));
    }

    private static string Version(IHtmlDocument page) => page.QuerySelector("form input[name=version]")!.GetAttribute("value")!;

    /// <summary>
    /// The demo holds a consolidation in progress at the seventh meeting; these tests start from none, so that each begins
    /// with the consolidation's first edit.
    /// </summary>
    private async Task WithoutTheDemosConsolidationAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        await db.Consolidations.ExecuteDeleteAsync();
    }

    [SkippableFact]
    public async Task TheRapporteur_AcceptsAProposalOfTheAssistant_AsAConsolidatedText_WithTheSharedWordingMarked()
    {
        await WithoutTheDemosConsolidationAsync();
        var rapporteur = await SignedInAsync("chair@plenary.demo");
        var page = await ParseAsync(rapporteur, Workspace);
        var proposal = page.QuerySelector("article.proposal")!;
        Assert.NotEmpty(proposal.QuerySelectorAll("mark"));
        var members = proposal.QuerySelectorAll("input[name=members][type=checkbox]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.True(members.Count >= 2);

        // Splitting: only the first two members are ticked.
        var posted = await PostAsync(rapporteur, Workspace, "Accept",
            [("version", Version(page)), ("members", members[0]), ("members", members[1]), ("text", "Member States should consider the consolidated wording."), ("kind", "Recommendation")]);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await ParseAsync(rapporteur, Workspace);
        Assert.Contains("The proposal was accepted", after.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Member States should consider the consolidated wording.", after.QuerySelector("#c-1")!.TextContent);
        var row = after.QuerySelector($"#p-{members[0].Replace('/', '-')}")!.TextContent;
        Assert.Contains("merged into consolidated text 1", row);
    }

    [SkippableFact]
    public async Task AConsolidatedText_IsAmended_WithEveryVersionKept_AndTheWordsChangedShown()
    {
        await WithoutTheDemosConsolidationAsync();
        var rapporteur = await SignedInAsync();
        var page = await ParseAsync(rapporteur, Workspace);
        await PostAsync(rapporteur, Workspace, "Consolidate", [("version", Version(page)), ("sources", "2020/IC/1"), ("text", ""), ("topic", ""), ("kind", "")]);
        var text = Workspace + "/1";
        var textPage = await ParseAsync(rapporteur, text);
        var original = textPage.QuerySelector("blockquote")!.TextContent;

        var amended = await PostAsync(rapporteur, text, "Amend", [("version", Version(textPage)), ("wording", original + " Replies should be timely."), ("note", "as proposed in the room")]);

        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var after = await ParseAsync(rapporteur, text);
        Assert.Equal(2, after.QuerySelectorAll("ol.versions > li").Length);
        Assert.Contains("timely", after.QuerySelector("#v-2 ins")!.TextContent);
        Assert.Contains("retained as amended", (await ParseAsync(rapporteur, Workspace)).QuerySelector("#p-2020-IC-1")!.TextContent);
    }

    [SkippableFact]
    public async Task Finalising_IsRefused_WhileTextsLackADisposition_AndTheRefusalNamesThem()
    {
        await WithoutTheDemosConsolidationAsync();
        var rapporteur = await SignedInAsync();
        var page = await ParseAsync(rapporteur, Workspace + "?finalise=true");
        Assert.NotNull(page.QuerySelector("#confirm-removal"));

        var refused = await PostAsync(rapporteur, Workspace, "Finalise", [("version", page.QuerySelector("#confirm-removal input[name=version]")!.GetAttribute("value")!)]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await ParseAsync(refused)).QuerySelector("#finalise-heading ~ .form-error")!.TextContent;
        Assert.Contains("The list cannot be finalised while 78 preliminary texts have no disposition: 2018/LF/1, ", message);
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<ConsolidationQueries>().GetAsync("eg-cybercrime", 7))!.FinalisedAt);
    }

    [SkippableFact]
    public async Task ASnapshotOfAgreedTexts_IsPublished_OnAPublicPage_UnderItsStatus()
    {
        await WithoutTheDemosConsolidationAsync();
        var rapporteur = await SignedInAsync();
        var page = await ParseAsync(rapporteur, Workspace);
        await PostAsync(rapporteur, Workspace, "Consolidate", [("version", Version(page)), ("sources", "2019/LEI/1"), ("text", "")]);
        var textPage = await ParseAsync(rapporteur, Workspace + "/1");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(rapporteur, Workspace + "/1", "State", [("version", Version(textPage)), ("state", "AgreedAdReferendum")])).StatusCode);
        page = await ParseAsync(rapporteur, Workspace);

        var published = await PostAsync(rapporteur, Workspace, "Publish", [("version", Version(page)), ("statusDate", "2021-04-07"), ("statusTime", "18:00")]);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var status = await ParseAsync(Anonymous(), Workspace + "/status");
        Assert.Equal("Status: 7 April 2021, 6 p.m.", status.QuerySelector("#s-1")!.TextContent);
        Assert.Contains("agreed ad referendum", status.QuerySelector("section.snapshot")!.TextContent);
    }

    [SkippableFact]
    public async Task APublishedStatus_IsADocument_InDocxPdfAndHtml_ReachedFromItsPublicPage()
    {
        var status = await ParseAsync(Anonymous(), Workspace + "/status");
        var links = status.QuerySelectorAll("section.snapshot a").Select(a => a.GetAttribute("href")!).ToList();
        const string document = "/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/snapshots/1/document";
        Assert.Contains(document + "?format=docx", links);
        Assert.Contains(document + "?format=pdf", links);

        var text = await Anonymous().GetStringAsync(document + "?format=txt");

        Assert.Contains("Status: 7 April 2021, 6 p.m.", text);
        Assert.Contains("Conclusions and recommendations agreed so far", text);
        Assert.Contains("had agreed at its seventh meeting as at 6 p.m. on 7 April 2021: three texts agreed ad referendum.", text);
        Assert.Contains("(Consolidated text 1, recommendation: agreed ad referendum)", text);
        var docx = await Anonymous().GetAsync(document + "?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("agreed-texts-status-1.docx", docx.Content.Headers.ContentDisposition!.FileNameStar);
        var html = await Anonymous().GetStringAsync(document);
        Assert.Contains("<h1 class=\"doc-title\" id=\"doc-title\">Conclusions and recommendations agreed so far</h1>", html);
        var missing = await Anonymous().GetAsync("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/snapshots/2/document");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is no status 2 of the agreed texts of the seventh meeting; the Secretariat has published only one so far.", await missing.Content.ReadAsStringAsync());
        var notStocktaking = await Anonymous().GetAsync("/api/v1/bodies/eg-cybercrime/meetings/6/consolidation/snapshots/1/document");
        Assert.Contains("The sixth meeting is not the stocktaking meeting", await notStocktaking.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Anonymous().GetAsync(document + "?format=odt")).StatusCode);
    }

    [SkippableFact]
    public async Task AnEarlierStatus_SaysALaterOneSupersedesIt()
    {
        await WithoutTheDemosConsolidationAsync();
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var edit = scope.ServiceProvider.GetRequiredService<Consolidations>();
            Assert.True((await edit.ConsolidateAsync("eg-cybercrime", 7, 0, ["2019/LEI/1"], null, null, null, "the Rapporteur")).Succeeded);
            Assert.True((await edit.ChangeStateAsync("eg-cybercrime", 7, 1, 1, ConsolidatedState.AgreedAdReferendum)).Succeeded);
            Assert.True((await edit.PublishAsync("eg-cybercrime", 7, 2, new DateOnly(2021, 4, 7), new TimeOnly(18, 0), "the Secretariat")).Succeeded);
            Assert.True((await edit.ChangeStateAsync("eg-cybercrime", 7, 3, 1, ConsolidatedState.Adopted)).Succeeded);
            Assert.True((await edit.PublishAsync("eg-cybercrime", 7, 4, new DateOnly(2021, 4, 8), new TimeOnly(10, 30), "the Secretariat")).Succeeded);
        }
        const string document = "/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/snapshots/";

        var first = await Anonymous().GetStringAsync(document + "1/document?format=txt");
        var second = await Anonymous().GetStringAsync(document + "2/document?format=txt");

        Assert.Contains("one text agreed ad referendum", first);
        Assert.Contains("This status has been superseded by the one published as at 10.30 a.m. on 8 April 2021.", first);
        Assert.Contains("one text adopted", second);
        Assert.DoesNotContain("superseded", second);
    }

    [SkippableFact]
    public async Task AReader_SeesTheConsolidationWithoutItsForms_AndCannotWrite()
    {
        await WithoutTheDemosConsolidationAsync();
        var anonymous = Anonymous();
        var page = await ParseAsync(anonymous, Workspace);
        Assert.Null(page.QuerySelector("article.proposal"));
        Assert.Null(page.QuerySelector("form[action*=Consolidate]"));
        Assert.Contains("No consolidated text has been made yet.", page.QuerySelector("#texts-heading + .empty")!.TextContent);

        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        var forbidden = await PostAsync(delegate_, Workspace, "Consolidate", [("version", "0"), ("sources", "2020/IC/1")], formFrom: "/account");
        Assert.Contains("/account/denied", forbidden.Headers.Location!.ToString());
    }

    [SkippableFact]
    public async Task AStaleEdit_IsRefusedAsAConflict()
    {
        await WithoutTheDemosConsolidationAsync();
        var rapporteur = await SignedInAsync();
        await PostAsync(rapporteur, Workspace, "Consolidate", [("version", "0"), ("sources", "2020/IC/1")]);

        var stale = await PostAsync(rapporteur, Workspace, "Consolidate", [("version", "0"), ("sources", "2020/IC/2")]);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [SkippableFact]
    public async Task AConveningThatIsNotTheStocktakingOne_ConsolidatesNothing()
    {
        await WithoutTheDemosConsolidationAsync();
        var page = await ParseAsync(Anonymous(), "/bodies/eg-cybercrime/meetings/6/consolidation");
        Assert.Contains("is not the stocktaking convening", page.QuerySelector(".empty")!.TextContent);
    }

    [SkippableFact]
    public async Task TheApi_ConsolidatesWithTheRapporteursToken_NamesTheFieldOfARefusal_AndRefusesAStaleVersion()
    {
        await WithoutTheDemosConsolidationAsync();
        var chair = Site.Api(await Site.TokenForAsync("chair@plenary.demo"));
        const string api = "/api/v1/bodies/eg-cybercrime/meetings/7/consolidation";

        var made = await chair.PostAsJsonAsync(api + "/texts", new { version = 0, sources = new[] { "2020/IC/1", "2019/LEI/1" }, text = "States should cooperate." });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var view = await Site.ReadAsync(api);
        Assert.Equal(1, view.GetProperty("version").GetInt32());
        var first = view.GetProperty("texts")[0];
        Assert.Equal("underNegotiation", first.GetProperty("state").GetString());
        Assert.Equal("mergedInto", view.GetProperty("preliminary").EnumerateArray().Single(p => p.GetProperty("identifier").GetString() == "2020/IC/1").GetProperty("disposition").GetProperty("kind").GetString());

        var refused = await chair.PostAsJsonAsync(api + "/texts", new { version = 1, sources = new[] { "2020/IC/1" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("2020/IC/1 is already a source of consolidated text 1", await refused.Content.ReadAsStringAsync());

        var stale = await chair.PostAsJsonAsync(api + "/texts/1/state", new { version = 0, state = "agreedAdReferendum" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var delegateToken = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateToken.PostAsJsonAsync(api + "/finalisation", new { version = 1 })).StatusCode);
        var proposals = await Site.ReadAsync(api + "/proposals");
        Assert.True(proposals.GetArrayLength() > 0);
    }

    [SkippableFact]
    public async Task TheAdoptedList_IsIssuedAsItsOwnDocument_WithItsSourcesInAnAnnex_AndGoesIntoTheStocktakingReport()
    {
        await WithoutTheDemosConsolidationAsync();
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var edit = scope.ServiceProvider.GetRequiredService<Consolidations>();
            Assert.True((await edit.ConsolidateAsync("eg-cybercrime", 7, 0, ["2019/LEI/10", "2020/IC/1"], null, null,
                "Every State should designate a point of contact available around the clock for urgent requests concerning cybercrime.", "the Rapporteur")).Succeeded);
            Assert.True((await edit.ConsolidateAsync("eg-cybercrime", 7, 1, ["2018/LF/1"], null, null, null, "the Rapporteur")).Succeeded);
            Assert.True((await edit.ChangeStateAsync("eg-cybercrime", 7, 2, 1, ConsolidatedState.AgreedAdReferendum)).Succeeded);
            Assert.True((await edit.ChangeStateAsync("eg-cybercrime", 7, 3, 1, ConsolidatedState.Adopted)).Succeeded);
        }
        const string api = "/api/v1/bodies/eg-cybercrime/meetings/7/documents/adopted";

        var text = await Anonymous().GetStringAsync(api + "?format=txt");

        Assert.Contains("Conclusions and recommendations adopted by the Expert Group to Conduct a Comprehensive Study on Cybercrime at its seventh meeting", text);
        // A conference room paper beside the compilation (CRP.1), not an L. document: an adopted text is no draft for action.
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/CRP.2", text);
        Assert.DoesNotContain("/L.", text);
        Assert.Contains("Every State should designate a point of contact available around the clock", text);
        Assert.Contains("adopted the following conclusion or recommendation", text);
        Assert.Contains("Sources of the adopted conclusions and recommendations", text);
        Assert.Contains("2019/LEI/10", text);
        Assert.Contains("Fifth meeting", text);
        // Text 2 is still under negotiation: not in the list.
        Assert.DoesNotContain("2018/LF/1", text);
        var docx = await Anonymous().GetAsync(api + "?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);

        var report = await Anonymous().GetStringAsync("/api/v1/bodies/eg-cybercrime/meetings/7/documents/report?format=txt");
        Assert.Contains("Conclusions and recommendations adopted", report);
        Assert.Contains("(a) Every State should designate a point of contact", report);
        var refused = await Anonymous().GetAsync("/api/v1/bodies/eg-cybercrime/meetings/6/documents/adopted");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("the sixth meeting is not one", await refused.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Provenance_AccountsForEveryPreliminaryText_InADiagramWithItsTable_AndEachTextSaysWhatBecameOfIt()
    {
        await WithoutTheDemosConsolidationAsync();
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var edit = scope.ServiceProvider.GetRequiredService<Consolidations>();
            Assert.True((await edit.ConsolidateAsync("eg-cybercrime", 7, 0, ["2019/LEI/10", "2020/IC/1"], null, null, "A merged text.", "the Rapporteur")).Succeeded);
            Assert.True((await edit.DecideAsync("eg-cybercrime", 7, 1, "2018/LF/2", DispositionKind.Deferred, "to be taken up later")).Succeeded);
        }

        var page = await ParseAsync(Anonymous(), Workspace + "/provenance");

        var svg = page.QuerySelector("figure.sankey svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        var rows = page.QuerySelectorAll("details table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        // Every preliminary text of the period leaves its year once.
        Assert.Equal(78, rows.Where(r => r[0].StartsWith("Suggested in", StringComparison.Ordinal)).Sum(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(rows, r => r[0] == "Merged" && r[1] == "Still negotiated" && r[2] == "2");
        Assert.Contains(rows, r => r[0] == "Suggested in 2018" && r[1] == "Deferred" && r[2] == "1");
        Assert.Contains("suggested by", page.QuerySelector("#c-1")!.TextContent);

        var text = await ParseAsync(Anonymous(), "/bodies/eg-cybercrime/recommendations/2020/IC/1");
        Assert.Contains("merged in consolidated text 1, under negotiation", text.QuerySelector("dl.facts")!.TextContent);
        Assert.Contains("deferred (to be taken up later)", (await ParseAsync(Anonymous(), "/bodies/eg-cybercrime/recommendations/2018/LF/2")).QuerySelector("dl.facts")!.TextContent);
    }

    [SkippableFact]
    public async Task TheDemo_HoldsAConsolidationInProgress_WithVersionsAgreedTextsDispositionsAndAPublishedStatus()
    {
        var workspace = await ParseAsync(Anonymous(), Workspace);

        Assert.Contains("Member States should designate points of contact available 24 hours a day", workspace.QuerySelector("#c-1")!.TextContent);
        Assert.Contains("merged into consolidated text 1", workspace.QuerySelector("#p-2019-LEI-10")!.TextContent);
        Assert.Contains("retained as amended as consolidated text 3", workspace.QuerySelector("#p-2018-LF-2")!.TextContent);
        Assert.Contains("deferred", workspace.QuerySelector("#p-2018-CR-6")!.TextContent);
        Assert.Contains("not retained", workspace.QuerySelector("#p-2020-IC-18")!.TextContent);
        var status = await ParseAsync(Anonymous(), Workspace + "/status");
        Assert.Equal("Status: 7 April 2021, 6 p.m.", status.QuerySelector("#s-1")!.TextContent);
        Assert.Equal(3, status.QuerySelectorAll("section.snapshot li").Length);
        var text = await ParseAsync(Anonymous(), Workspace + "/3");
        Assert.Contains("reserved their position", text.Body!.TextContent);
    }

    [SkippableFact]
    public async Task TheConsolidation_RoundTripsThroughTheRecordFormat_WithItsVersionsDispositionsProposalsSetAsideAndSnapshots()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var edit = scope.ServiceProvider.GetRequiredService<Consolidations>();
        var version = (await scope.ServiceProvider.GetRequiredService<ConsolidationQueries>().GetAsync("eg-cybercrime", 7))!.Version;
        Assert.True((await edit.IgnoreAsync("eg-cybercrime", 7, version, ["2018/LF/4", "2020/IC/6"])).Succeeded);
        Assert.True((await edit.ChangeStateAsync("eg-cybercrime", 7, version + 1, 1, ConsolidatedState.Adopted)).Succeeded);
        Assert.True((await edit.AmendAsync("eg-cybercrime", 7, version + 2, 4, "Member States should treat attacks against critical infrastructure as an aggravating circumstance.", "Shortened.", "the Rapporteur")).Succeeded);
        Assert.True((await edit.PublishAsync("eg-cybercrime", 7, version + 3, new DateOnly(2021, 4, 8), new TimeOnly(10, 0), "Secretariat")).Succeeded);
        await using var fresh = Site.Services.CreateAsyncScope();
        db = fresh.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var exported = (await new ExportRecord(db).HandleAsync("eg-cybercrime"))!;
        var consolidation = JsonNode.Parse(exported)!["recommendations"]!["consolidations"]![0]!;
        Assert.Equal("2018/LF/4", (string)consolidation["ignoredProposals"]![0]![0]!);
        Assert.Equal(2, consolidation["snapshots"]!.AsArray().Count);
        Assert.Equal("adopted", (string)consolidation["texts"]![0]!["state"]!);

        await db.Consolidations.ExecuteDeleteAsync();
        var imported = await new ImportRecord(db).HandleAsync(exported);

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        Assert.Equal(ImportOutcome.Updated, imported.Outcome);
        Assert.Equal(exported, await new ExportRecord(db).HandleAsync("eg-cybercrime"));
        var status = await ParseAsync(Anonymous(), Workspace + "/status");
        Assert.Equal("Status: 8 April 2021, 10 a.m.", status.QuerySelector("#s-2")!.TextContent);
    }

    [SkippableFact]
    public async Task AnImportedConsolidation_IsCheckedByTheDomain_AndEachBrokenRuleNamesItsField()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var record = JsonNode.Parse((await new ExportRecord(db).HandleAsync("eg-cybercrime"))!)!;
        var consolidation = record["recommendations"]!["consolidations"]![0]!;
        consolidation["texts"]![1]!["sources"]![0] = "2019/LEI/10";
        consolidation["texts"]![2]!["state"] = "adopted";
        consolidation["snapshots"]![0]!["texts"]![0]!["state"] = "underNegotiation";

        var imported = await new ImportRecord(db).HandleAsync(record.ToJsonString());

        Assert.False(imported.Succeeded);
        var errors = string.Join("\n", imported.Errors);
        Assert.Contains("$.recommendations.consolidations[0].texts[1].sources: 2019/LEI/10 is already a source of consolidated text 1", errors);
        Assert.Contains("$.recommendations.consolidations[0].snapshots[0].texts[0].state", errors);
        Assert.StartsWith("Member States should designate points of contact available 24 hours a day, seven days a week, and provide them",
            (await scope.ServiceProvider.GetRequiredService<ConsolidationQueries>().GetAsync("eg-cybercrime", 7))!.Texts[0].Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheLiveView_ShowsTheTextsUnderNegotiationFirst_AndAViewerReceivesEachNewVersion()
    {
        var page = await ParseAsync(Anonymous(), Workspace + "/live");
        var live = page.QuerySelector("[data-live=consolidation]")!;
        Assert.Equal(Workspace + "/live/stream", live.GetAttribute("data-live-src"));
        Assert.Equal("c-3", live.QuerySelector("li")!.Id); // under negotiation before the agreed text 1
        Assert.Contains("(status last published: 7 April 2021, 6 p.m.)", live.QuerySelector("h2")!.TextContent);

        var hub = Site.Services.GetRequiredService<Plenary.Web.Live.LiveHub>();
        using var viewer = await hub.ConnectAsync(Consolidations.Topic("eg-cybercrime", 7), CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var before = int.Parse((await viewer!.States.ReadAsync(timeout.Token)).Version, System.Globalization.CultureInfo.InvariantCulture);
        var chair = Site.Api(await Site.TokenForAsync("chair@plenary.demo"));

        var amended = await chair.PutAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/texts/4",
            new { version = before, text = "Member States should treat attacks against critical infrastructure as an aggravating circumstance.", note = "As read out in the room." });

        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var state = await viewer.States.ReadAsync(timeout.Token);
        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), state.Version);
        var four = JsonDocument.Parse(state.Json).RootElement.GetProperty("texts").EnumerateArray().Single(t => t.GetProperty("number").GetInt32() == 4);
        Assert.Equal("Member States should treat attacks against critical infrastructure as an aggravating circumstance.", four.GetProperty("text").GetString());
        Assert.Equal(2, four.GetProperty("version").GetInt32());
    }

    [SkippableFact]
    public async Task TheLiveStream_SendsTheConsolidationAsItStands_AndAConveningThatIsNotTheStocktakingOneHasNone()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Workspace + "/live/stream");
        using var response = await Anonymous().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var lines = new List<string>();
        while (!lines.Any(l => l.StartsWith("data: {", StringComparison.Ordinal)))
            lines.Add(await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The stream ended."));

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var state = JsonDocument.Parse(lines.Last()[6..]).RootElement;
        Assert.Equal(6, state.GetProperty("texts").GetArrayLength());
        Assert.Equal("under negotiation", state.GetProperty("texts")[0].GetProperty("stateText").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync("/bodies/eg-cybercrime/meetings/6/consolidation/live/stream")).StatusCode);
    }

    /// <summary>A body that holds sessions: the committee's third session takes stock of its second session's list.</summary>
    [SkippableFact]
    public async Task ABodyThatHoldsSessions_ConsolidatesAtItsStocktakingSession()
    {
        var record = JsonNode.Parse(SessionsBodyListTests.CommitteeWithList())!.AsObject();
        record["meetings"]!.AsArray().Single(m => (int)m!["number"]! == 6)!["stocktaking"] = true;
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var imported = await new ImportRecord(db).HandleAsync(record.ToJsonString());
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var edit = scope.ServiceProvider.GetRequiredService<Consolidations>();

        Assert.True((await edit.ConsolidateAsync("ahc-hydrological-data", 6, 0, ["2022/SHD/1"], null, null, null, "the Rapporteur")).Succeeded);
        var refused = await edit.FinaliseAsync("ahc-hydrological-data", 6, 1);

        Assert.Contains("2022/EWS/1", refused.Error);
        var page = await ParseAsync(Anonymous(), "/bodies/ahc-hydrological-data/meetings/6/consolidation");
        var lead = page.QuerySelector(".lead")!.TextContent;
        Assert.Contains("session consolidates", lead);
        Assert.DoesNotContain("meeting", lead);
        Assert.Contains("retained as is as consolidated text 1", page.QuerySelector("#p-2022-SHD-1")!.TextContent);
        Assert.True((await edit.ChangeStateAsync("ahc-hydrological-data", 6, 1, 1, ConsolidatedState.AgreedAdReferendum)).Succeeded);
        Assert.True((await edit.PublishAsync("ahc-hydrological-data", 6, 2, new DateOnly(2023, 1, 1), new TimeOnly(15, 0), "the Secretariat")).Succeeded);
        db.ChangeTracker.Clear(); // the export below reads the store, not the times as this context tracked them
        var status = await Anonymous().GetStringAsync("/api/v1/bodies/ahc-hydrological-data/meetings/6/consolidation/snapshots/1/document?format=txt");
        Assert.Contains("Status: 1 January 2023, 3 p.m.", status);
        Assert.Contains("had agreed at its", status);
        Assert.Contains("session as at 3 p.m. on 1 January 2023", status);
        Assert.DoesNotContain("meeting", status);
        Assert.DoesNotContain("Expert Group", status);

        var exported = (await new ExportRecord(db).HandleAsync("ahc-hydrological-data"))!;
        Assert.Equal(6, (int)JsonNode.Parse(exported)!["recommendations"]!["consolidations"]![0]!["meeting"]!);
        await db.Consolidations.ExecuteDeleteAsync();
        Assert.True((await new ImportRecord(db).HandleAsync(exported)).Succeeded);
        Assert.Equal(exported, await new ExportRecord(db).HandleAsync("ahc-hydrological-data"));
    }
}

public sealed class SqliteConsolidationTests : ConsolidationTests;

public sealed class PostgresConsolidationTests : ConsolidationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
