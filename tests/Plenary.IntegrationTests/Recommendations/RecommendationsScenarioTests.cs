using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Recommendations;

/// <summary>
/// Issue 9's "Done when", as one story lived through the pages and the API by the demo's Rapporteur (chair@), a delegate
/// of South Africa (delegate@), an observer (stakeholder@, Council of Europe) and the Secretariat: texts recorded and
/// suggested at the sixth meeting; the compilation issued as a conference room paper; a comment round reviewed and
/// posted; the consolidation at the seventh (stocktaking) meeting, from the assistant's proposal to a published status;
/// a disposition for every preliminary text and a finalised list; the adopted list, the seventh meeting's report, the
/// provenance view and the sixth meeting's report. The clock moves from the sixth meeting (July 2020) through the
/// comment round (December 2020 to January 2021) to the seventh meeting (April 2021). Both stores.
/// </summary>
public abstract class RecommendationsScenarioTests : FreshSiteTests
{
    private const string Body = "/bodies/eg-cybercrime";
    private const string SixthList = Body + "/meetings/6/recommendations";
    private const string Workspace = Body + "/meetings/7/consolidation";
    private const string ConsolidationApi = "/api/v1" + Workspace;
    private const string Documents = "/api/v1" + Body + "/meetings/7/documents";

    private const string RecordedText = "States should make available to one another, through a secure common platform, the contact details of the authorities competent to receive urgent requests for the preservation of electronic evidence.";
    private const string SuggestedText = "Member States should include the prevention of online child sexual exploitation in the training of teachers and social workers.";
    private const string DelegateComment = "South Africa supports the inclusion of this recommendation and proposes that the training also reach health professionals.";
    private const string ObserverComment = "The Council of Europe draws attention to the materials of its capacity-building programmes.";
    private const string ConsolidatedWording = "Member States should consider the consolidated wording of these texts as a basis for their cooperation.";
    private const string AmendedWording = "Member States should consider the consolidated wording of these texts as a basis for their cooperation, in accordance with their domestic law.";

    private readonly FixedClock _clock = new(new DateTimeOffset(2020, 7, 28, 9, 30, 0, TimeSpan.Zero));
    private WebApplicationFactory<Program>? _app;

    /// <summary>
    /// The site on the scenario's clock. The Rapporteur's loop of dispositions makes some eighty API writes in a few
    /// seconds, more than the sixty a minute a token holder is allowed by default (Plenary:TokenWritesPerMinute).
    /// </summary>
    private WebApplicationFactory<Program> App => _app ??= Site.WithWebHostBuilder(b => b
        .UseSetting("Plenary:TokenWritesPerMinute", "1000")
        .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    private async Task<HttpClient> AsAsync(string account)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync($"{account}@plenary.demo")).StatusCode);
        return client;
    }

    private async Task<HttpClient> ApiAsAsync(string account)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Site.TokenForAsync($"{account}@plenary.demo"));
        return client;
    }

    private HttpClient Public() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The fields a browser would send with <paramref name="form"/> as it stands, then <paramref name="changes"/>.</summary>
    private static List<KeyValuePair<string, string>> Submitted(IElement form, params (string Name, string Value)[] changes)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var e in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = e.GetAttribute("name")!;
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked: break;
                case IHtmlInputElement input: fields.Add(new(name, input.Value)); break;
                case IHtmlTextAreaElement area: fields.Add(new(name, area.Value)); break;
                case IHtmlSelectElement select: fields.Add(new(name, select.Value ?? "")); break;
            }
        }
        foreach (var group in changes.GroupBy(c => c.Name))
        {
            fields.RemoveAll(f => f.Key == group.Key);
            fields.AddRange(group.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        }
        return fields;
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IElement form, string action, params (string Name, string Value)[] changes) =>
        await client.PostAsync(action, new FormUrlEncodedContent(Submitted(form, changes)));

    private static async Task Ok(HttpResponseMessage response, string what) =>
        Assert.True(response.IsSuccessStatusCode, $"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    private static async Task Redirected(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    private async Task<JsonElement> ConsolidationAsync() => JsonDocument.Parse(await Public().GetStringAsync(ConsolidationApi)).RootElement;

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Text of a rendered document with its line breaks and runs of spaces made single spaces.</summary>
    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [SkippableFact]
    public async Task FromTheSixthMeetingsSuggestions_ToTheAdoptedList_EveryPreliminaryTextIsAccountedFor()
    {
        // 1. The sixth meeting (27–29 July 2020): the Rapporteur records a text; a delegate suggests one for South Africa;
        // the Rapporteur accepts it from the queue. Both enter the list under the next identifier of their topic.
        var rapporteur = await AsAsync("chair");
        var list = await ParseAsync(rapporteur, SixthList);
        var record = list.QuerySelector($"form[action*='handler=Record']")!;
        await Redirected(await SubmitAsync(rapporteur, record, SixthList + "?handler=Record",
            ("Kind", "Recommendation"), ("Topic", "International cooperation"), ("AgendaItem", "2"), ("Text", RecordedText), ("SuggestedBy", "Brazil; Chile; Estonia")), "Recording a text");
        list = await ParseAsync(rapporteur, SixthList);
        Assert.Contains("The text was recorded as 2020/IC/20.", list.QuerySelector("[role=status]")!.TextContent);

        var delegate_ = await AsAsync("delegate");
        var own = await ParseAsync(delegate_, SixthList);
        var suggest = own.QuerySelector("form[action*='handler=Suggest']")!;
        Assert.Null(suggest.QuerySelector("[name=SuggestedBy]")); // a delegate suggests for their own State only
        await Redirected(await SubmitAsync(delegate_, suggest, SixthList + "?handler=Suggest",
            ("Kind", "Recommendation"), ("Topic", "Prevention"), ("AgendaItem", "3"), ("Text", SuggestedText)), "Suggesting a text");
        Assert.DoesNotContain(SuggestedText, string.Concat((await ParseAsync(rapporteur, SixthList)).QuerySelectorAll("ol.preliminary").Select(o => o.TextContent)));

        var queue = await ParseAsync(rapporteur, SixthList + "/queue");
        var suggestion = queue.QuerySelector("article.suggestion")!;
        Assert.Contains("South Africa", suggestion.QuerySelector("h3")!.TextContent);
        Assert.Equal(SuggestedText, suggestion.QuerySelector("blockquote")!.TextContent.Trim());
        await Redirected(await SubmitAsync(rapporteur, suggestion.QuerySelector("form[action*='handler=Accept']")!, SixthList + "/queue?handler=Accept"), "Accepting the suggestion as submitted");

        list = await ParseAsync(rapporteur, SixthList);
        var recorded = list.QuerySelector("#t-2020-IC-20")!.TextContent;
        Assert.Contains(RecordedText, recorded);
        Assert.Contains("suggested by Brazil, Chile and Estonia", recorded);
        var accepted = list.QuerySelector("#t-2020-PR-14")!.TextContent;
        Assert.Contains(SuggestedText, accepted);
        Assert.Contains("suggested by South Africa", accepted);
        Assert.Contains("accepted as 2020/PR/14", (await ParseAsync(delegate_, SixthList)).QuerySelector("#own-suggestions")!.ParentElement!.TextContent);
        // The identifiers are stable: each text has its own page under it, public.
        Assert.Contains(RecordedText, (await ParseAsync(Public(), Body + "/recommendations/2020/IC/20")).Body!.TextContent);
        Assert.Contains(SuggestedText, (await ParseAsync(Public(), Body + "/recommendations/2020/PR/14")).Body!.TextContent);

        // 2. The compilation of the period, a conference room paper of the seventh meeting under the body's pattern, holds both.
        var compilation = Squeezed(await Public().GetStringAsync(Documents + "/compilation?format=txt"));
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/CRP.1", compilation);
        Assert.Contains("Original: all languages", compilation);
        Assert.Contains("reproduces the 80 preliminary conclusions and recommendations listed", compilation);
        Assert.Contains("2020/IC/20", compilation);
        Assert.Contains(RecordedText, compilation);
        Assert.Contains("Brazil, Chile and Estonia", compilation);
        Assert.Contains("2020/PR/14", compilation);
        Assert.Contains(SuggestedText, compilation);
        var docx = await Public().GetAsync(Documents + "/compilation?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("UNODC_CCPCJ_EG.4_2021_CRP.1.docx", docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var compilationXml = DocumentXml(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("2020/PR/14", compilationXml);
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/CRP.1", compilationXml);
        var html = await Public().GetStringAsync(Documents + "/compilation?format=html");
        Assert.Contains("Conference room paper prepared by the Secretariat", html);
        Assert.Contains("2020/IC/20", html);
        Assert.Contains(SuggestedText, html);

        // 3. A comment round on the compilation: the Secretariat opens it from the page on 1 December 2020.
        _clock.Now = new DateTimeOffset(2020, 12, 1, 9, 0, 0, TimeSpan.Zero);
        const string rounds = Body + "/comment-rounds";
        var secretariat = await AsAsync("secretariat");
        var open = (await ParseAsync(secretariat, rounds)).QuerySelector("form[action*='handler=Open']")!;
        await Redirected(await SubmitAsync(secretariat, open, rounds + "?handler=Open",
            ("MeetingNumber", "7"), ("DeadlineDate", "2021-02-26"), ("DeadlineTime", "18:00"), ("TimeZone", "Europe/Vienna"),
            ("Audience", "MemberStates"), ("Audience", "Observers"), ("Audience", "Stakeholders")), "Opening the comment round");
        const string round = rounds + "/2";
        delegate_ = await AsAsync("delegate");
        var commentPage = await ParseAsync(delegate_, round);
        Assert.Contains("Comment for South Africa", commentPage.QuerySelector("#comment-heading")!.TextContent);
        Assert.Equal(81, commentPage.QuerySelectorAll("#Item option").Length); // in general, or on one of the 80 compiled texts
        Assert.NotNull(commentPage.QuerySelector("#Item option[value='2020/PR/14']"));
        await CommentAsync(delegate_, round, DelegateComment, "2020/PR/14");
        var observer = await AsAsync("stakeholder");
        await CommentAsync(observer, round, ObserverComment, null);
        Assert.DoesNotContain("health professionals", await Public().GetStringAsync(round)); // not online before review

        // The Secretariat reviews: the delegation's comment is posted, the observer's declined with a reason.
        var review = await ParseAsync(secretariat, round + "/review");
        var waiting = review.QuerySelectorAll("article").Where(a => a.QuerySelector("form[action*='handler=Post']") is not null).ToList();
        Assert.Equal(2, waiting.Count);
        var fromDelegation = waiting.Single(a => a.TextContent.Contains("health professionals", StringComparison.Ordinal));
        await Redirected(await SubmitAsync(secretariat, fromDelegation.QuerySelector("form[action*='handler=Post']")!, round + "/review?handler=Post"), "Posting the comment");
        var fromObserver = waiting.Single(a => a.TextContent.Contains("capacity-building programmes", StringComparison.Ordinal));
        await Redirected(await SubmitAsync(secretariat, fromObserver.QuerySelector("form[action*='handler=Decline']")!, round + "/review?handler=Decline",
            ("reason", "The comment does not concern the compilation.")), "Declining the comment");

        var online = await ParseAsync(Public(), round);
        var onText = online.QuerySelector("#i-2020-PR-14")!.ParentElement!.TextContent;
        Assert.Contains(DelegateComment, onText);
        Assert.Contains("South Africa", onText);
        Assert.DoesNotContain("capacity-building programmes", online.Body!.TextContent);
        Assert.Contains("A comment posted in comment round 2 on UNODC/CCPCJ/EG.4/2021/CRP.1", (await ParseAsync(Public(), Body + "/recommendations/2020/PR/14")).QuerySelector("#comments-heading + ul")!.TextContent);
        var export = Squeezed(await Public().GetStringAsync("/api/v1" + round + "/document?format=txt"));
        Assert.Contains(DelegateComment, export);
        Assert.DoesNotContain(ObserverComment, export);

        // After the deadline a comment is refused, naming the deadline.
        _clock.Now = new DateTimeOffset(2021, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var late = await (await ApiAsAsync("delegate")).PostAsJsonAsync("/api/v1" + round + "/comments", new { text = "A late comment." });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("closed at 6 p.m. on 26 February 2021 (Vienna time)", await late.Content.ReadAsStringAsync());

        // 4. The seventh meeting (6–8 April 2021), the stocktaking one: the assistant proposes groups; the Rapporteur
        // accepts the first as one consolidated text with a wording of their own.
        _clock.Now = new DateTimeOffset(2021, 4, 7, 10, 0, 0, TimeSpan.Zero);
        rapporteur = await AsAsync("chair");
        var workspace = await ParseAsync(rapporteur, Workspace);
        var proposal = workspace.QuerySelector("article.proposal")!;
        Assert.NotEmpty(proposal.QuerySelectorAll("mark")); // the shared wording is marked
        var members = proposal.QuerySelectorAll("input[name=members][type=checkbox]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.True(members.Count >= 2, $"The first proposal groups {members.Count} text(s).");
        var textsBefore = (await ConsolidationAsync()).GetProperty("texts").GetArrayLength();
        await Redirected(await SubmitAsync(rapporteur, proposal.QuerySelector("form[action*='handler=Accept']")!, Workspace + "?handler=Accept",
            ("text", ConsolidatedWording), ("kind", "Recommendation")), "Accepting the proposal");
        var number = textsBefore + 1;
        workspace = await ParseAsync(rapporteur, Workspace);
        Assert.Contains(ConsolidatedWording, workspace.QuerySelector($"#c-{number}")!.TextContent);
        Assert.All(members, m => Assert.Contains($"merged into consolidated text {number}", workspace.QuerySelector($"#p-{m.Replace('/', '-')}")!.TextContent));

        // The text is amended in the room; both versions are kept, with the words added shown.
        var textPath = $"{Workspace}/{number}";
        var textPage = await ParseAsync(rapporteur, textPath);
        await Redirected(await SubmitAsync(rapporteur, textPage.QuerySelector("form[action*='handler=Amend']")!, textPath + "?handler=Amend",
            ("wording", AmendedWording), ("note", "As proposed in the room.")), "Amending the consolidated text");
        textPage = await ParseAsync(rapporteur, textPath);
        Assert.Equal(2, textPage.QuerySelectorAll("ol.versions > li").Length);
        Assert.Contains("domestic law", textPage.QuerySelector("#v-2 ins")!.TextContent);
        Assert.Contains(ConsolidatedWording, textPage.QuerySelector("#v-1")!.TextContent);

        // Agreed ad referendum, then published by the Secretariat under a status later than the demo's first.
        await Redirected(await SubmitAsync(rapporteur, textPage.QuerySelector("form[action*='handler=State'] input[value=AgreedAdReferendum]")!.ParentElement!,
            textPath + "?handler=State"), "Agreeing the text ad referendum");
        secretariat = await AsAsync("secretariat");
        workspace = await ParseAsync(secretariat, Workspace);
        await Redirected(await SubmitAsync(secretariat, workspace.QuerySelector("form[action*='handler=Publish']")!, Workspace + "?handler=Publish",
            ("statusDate", "2021-04-07"), ("statusTime", "21:00")), "Publishing the status");
        var status = await ParseAsync(Public(), Workspace + "/status");
        Assert.Equal("Status: 7 April 2021, 9 p.m.", status.QuerySelector("#s-2")!.TextContent);
        Assert.Contains(AmendedWording, status.QuerySelector("#s-2")!.ParentElement!.TextContent);
        var statusText = Squeezed(await Public().GetStringAsync(ConsolidationApi + "/snapshots/2/document?format=txt"));
        Assert.Contains("Status: 7 April 2021, 9 p.m.", statusText);
        Assert.Contains(AmendedWording, statusText);
        Assert.DoesNotContain(ConsolidatedWording, statusText);
        var statusDocx = await Public().GetAsync(ConsolidationApi + "/snapshots/2/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, statusDocx.StatusCode);
        Assert.Contains("domestic law", DocumentXml(await statusDocx.Content.ReadAsByteArrayAsync()));

        // 5. On the last day, finalising is refused while texts lack a disposition, and the refusal lists each of them.
        _clock.Now = new DateTimeOffset(2021, 4, 8, 15, 0, 0, TimeSpan.Zero);
        rapporteur = await AsAsync("chair");
        var confirm = (await ParseAsync(rapporteur, Workspace + "?finalise=true")).QuerySelector("#confirm-removal form")!;
        var refused = await SubmitAsync(rapporteur, confirm, Workspace + "?handler=Finalise");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusal = (await ParseAsync(refused)).QuerySelector("#finalise-heading ~ .form-error")!.TextContent;
        var undecided = (await ConsolidationAsync()).GetProperty("preliminary").EnumerateArray()
            .Where(p => !Has(p, "disposition")).Select(p => p.GetProperty("identifier").GetString()!).ToList();
        Assert.True(undecided.Count > 10, $"Only {undecided.Count} texts lack a disposition.");
        Assert.Contains($"The list cannot be finalised while {undecided.Count} preliminary texts have no disposition:", refusal);
        Assert.All(undecided, id => Assert.Contains(id, refusal));
        Assert.Contains("2020/IC/20", undecided);
        Assert.Contains("2020/PR/14", undecided);

        // The Rapporteur gives every remaining text its disposition through the API: South Africa's suggestion is retained as
        // is (its own consolidated text), then of the others one in three is retained as is, the rest not retained or deferred.
        var api = await ApiAsAsync("chair");
        async Task<int> Version() => (await ConsolidationAsync()).GetProperty("version").GetInt32();
        await Ok(await api.PostAsJsonAsync(ConsolidationApi + "/texts", new { version = await Version(), sources = new[] { "2020/PR/14" } }), "Retaining 2020/PR/14");
        var others = undecided.Where(id => id != "2020/PR/14").ToList();
        for (var i = 0; i < others.Count; i++)
        {
            var id = others[i];
            var response = (i % 3) switch
            {
                0 => await api.PostAsJsonAsync(ConsolidationApi + "/texts", new { version = await Version(), sources = new[] { id } }),
                1 => await api.PostAsJsonAsync(ConsolidationApi + "/dispositions", new { version = await Version(), identifier = id, kind = "notRetained", reason = "The text is covered by others." }),
                _ => await api.PostAsJsonAsync(ConsolidationApi + "/dispositions", new { version = await Version(), identifier = id, kind = "deferred", reason = "To be considered under the next workplan." }),
            };
            await Ok(response, $"The disposition of {id}");
        }
        var view = await ConsolidationAsync();
        Assert.All(view.GetProperty("preliminary").EnumerateArray(), p => Assert.True(Has(p, "disposition"), $"{p.GetProperty("identifier")} has no disposition."));
        var kinds = view.GetProperty("preliminary").EnumerateArray().GroupBy(p => p.GetProperty("disposition").GetProperty("kind").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["deferred", "mergedInto", "notRetained", "retainedAsAmended", "retainedAsIs"], kinds.Keys.Order(StringComparer.Ordinal));

        // With every text decided, the refusal now names the consolidated texts still open.
        var stillOpen = await api.PostAsJsonAsync(ConsolidationApi + "/finalisation", new { version = await Version() });
        Assert.Equal(HttpStatusCode.BadRequest, stillOpen.StatusCode);
        Assert.Contains("neither adopted nor not adopted", await stillOpen.Content.ReadAsStringAsync());

        // Negotiated texts reach adoption; the demo's text on aggravating circumstances (consolidated text 4) is not adopted.
        foreach (var t in view.GetProperty("texts").EnumerateArray())
        {
            var n = t.GetProperty("number").GetInt32();
            var path = $"{ConsolidationApi}/texts/{n}/state";
            if (n == 4)
            {
                await Ok(await api.PostAsJsonAsync(path, new { version = await Version(), state = "notAdopted" }), $"Not adopting text {n}");
                continue;
            }
            if (t.GetProperty("state").GetString() == "underNegotiation")
                await Ok(await api.PostAsJsonAsync(path, new { version = await Version(), state = "agreedAdReferendum" }), $"Agreeing text {n}");
            await Ok(await api.PostAsJsonAsync(path, new { version = await Version(), state = "adopted" }), $"Adopting text {n}");
        }

        // The Rapporteur finalises the list from the page, after confirming.
        confirm = (await ParseAsync(rapporteur, Workspace + "?finalise=true")).QuerySelector("#confirm-removal form")!;
        await Redirected(await SubmitAsync(rapporteur, confirm, Workspace + "?handler=Finalise"), "Finalising the list");
        workspace = await ParseAsync(Public(), Workspace);
        Assert.Contains("finalised on 8 April 2021", workspace.QuerySelector("dl.facts")!.TextContent);
        view = await ConsolidationAsync();
        Assert.True(Has(view, "finalisedAt"));
        var texts = view.GetProperty("texts").EnumerateArray().ToList();
        var adopted = texts.Where(t => t.GetProperty("state").GetString() == "adopted").ToList();
        var notAdopted = texts.Where(t => t.GetProperty("state").GetString() == "notAdopted").ToList();
        Assert.Equal(texts.Count, adopted.Count + notAdopted.Count);
        Assert.Single(notAdopted);
        Assert.Contains(adopted, t => t.GetProperty("text").GetString() == AmendedWording);
        var afterwards = await api.PostAsJsonAsync(ConsolidationApi + "/dispositions/withdrawal", new { version = await Version(), identifier = others[1] });
        Assert.Contains("The list was finalised on 8 April 2021", await afterwards.Content.ReadAsStringAsync());

        // 6. The adopted list: a conference room paper of the seventh meeting beside the compilation, every adopted text in
        // it and traced to its sources in the annex; the text not adopted is not in it.
        var adoptedList = Squeezed(await Public().GetStringAsync(Documents + "/adopted?format=txt"));
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/CRP.2", adoptedList);
        Assert.Contains("Conclusions and recommendations adopted by the Expert Group to Conduct a Comprehensive Study on Cybercrime at its seventh meeting", adoptedList);
        Assert.Contains($"the following {Cardinal(adopted.Count)} conclusions and recommendations", adoptedList);
        Assert.All(adopted, t => Assert.Contains(Squeezed(t.GetProperty("text").GetString()!), adoptedList));
        Assert.DoesNotContain(Squeezed(notAdopted[0].GetProperty("text").GetString()!), adoptedList);
        var annex = adoptedList[adoptedList.IndexOf("Sources of the adopted conclusions and recommendations", StringComparison.Ordinal)..];
        Assert.All(adopted.SelectMany(t => t.GetProperty("sources").EnumerateArray()), s => Assert.Contains(s.GetString()!, annex));
        Assert.Contains("| 2020/PR/14 | Sixth meeting, from 27 to 29 July 2020 | South Africa", annex);
        var adoptedDocx = await Public().GetAsync(Documents + "/adopted?format=docx");
        Assert.Equal(HttpStatusCode.OK, adoptedDocx.StatusCode);
        Assert.Contains("domestic law", DocumentXml(await adoptedDocx.Content.ReadAsByteArrayAsync()));
        Assert.Contains("domestic law", await Public().GetStringAsync(Documents + "/adopted?format=html"));

        // The seventh meeting's report carries the same list as lettered subparagraphs.
        var seventhReport = Squeezed(await Public().GetStringAsync(Documents + "/report?format=txt"));
        var adoptedChapter = Between(seventhReport, "II. Conclusions and recommendations adopted", "III. ");
        Assert.Contains("the 80 preliminary conclusions and recommendations suggested by Member States", adoptedChapter);
        Assert.Contains($"adopted the following {Cardinal(adopted.Count)} conclusions and recommendations", adoptedChapter);
        Assert.All(adopted, t => Assert.Matches(@"\([a-z]{1,2}\) " + Regex.Escape(Squeezed(t.GetProperty("text").GetString()!)), adoptedChapter));
        Assert.Contains($"Prevention (a) {SuggestedText}", adoptedChapter); // retained as is, the first adopted text on prevention
        Assert.DoesNotContain(Squeezed(notAdopted[0].GetProperty("text").GetString()!), seventhReport);

        // The provenance view accounts for every preliminary text of the period: by year, by disposition, into adopted texts.
        var provenance = await ParseAsync(Public(), Workspace + "/provenance");
        var preliminaryCount = view.GetProperty("preliminary").GetArrayLength();
        Assert.Equal(80, preliminaryCount);
        Assert.StartsWith("80 preliminary texts by year", provenance.QuerySelector("figure.sankey figcaption")!.TextContent.Trim());
        Assert.Equal("img", provenance.QuerySelector("figure.sankey svg")!.GetAttribute("role"));
        var rows = provenance.QuerySelectorAll("details table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        int Sum(Func<string[], bool> which) => rows.Where(which).Sum(r => int.Parse(r[2], CultureInfo.InvariantCulture));
        Assert.Equal(preliminaryCount, Sum(r => r[0].StartsWith("Suggested in", StringComparison.Ordinal)));
        Assert.Equal(kinds.Values.Sum(), Sum(r => r[0].StartsWith("Suggested in", StringComparison.Ordinal)));
        Assert.DoesNotContain(rows, r => r[1] is "No disposition yet" or "Still negotiated");
        Assert.Equal(kinds["deferred"], Sum(r => r[1] == "Deferred"));
        Assert.Equal(kinds["notRetained"], Sum(r => r[1] == "Not retained"));
        var intoTexts = kinds["mergedInto"] + kinds["retainedAsIs"] + kinds["retainedAsAmended"];
        Assert.Equal(intoTexts, Sum(r => r[1].StartsWith("Adopted: ", StringComparison.Ordinal) || r[1] == "Not adopted"));
        Assert.Equal(notAdopted[0].GetProperty("sources").GetArrayLength(), Sum(r => r[1] == "Not adopted"));
        Assert.Equal(texts.Count, provenance.QuerySelectorAll("article.provenance").Length);
        Assert.Contains("suggested by South Africa", provenance.Body!.TextContent);
        // And each preliminary text says what became of it.
        Assert.Contains("not retained", (await ParseAsync(Public(), $"{Body}/recommendations/{others[1]}")).QuerySelector("dl.facts")!.TextContent);
        Assert.Contains("deferred", (await ParseAsync(Public(), $"{Body}/recommendations/{others[2]}")).QuerySelector("dl.facts")!.TextContent);

        // The sixth meeting's report holds its list in chapter II: by topic, as lettered subparagraphs, with the two new texts.
        var sixthReport = Squeezed(await Public().GetStringAsync("/api/v1" + Body + "/meetings/6/documents/report?format=txt"));
        var chapter = Between(sixthReport, "II. List of preliminary conclusions and recommendations", "III. ");
        Assert.Contains("Pursuant to the workplan of the Expert Group for the period 2018–2021 (UNODC/CCPCJ/EG.4/2018/CRP.1), the Rapporteur drew up at the meeting", chapter);
        Assert.Contains($"(t) {RecordedText}", Between(chapter, "A. International cooperation", "B. "));
        Assert.Contains($"(n) {SuggestedText}", Between(chapter, "B. Prevention", "(o)"));
    }

    /// <summary>Whether <paramref name="name"/> has a value (the API leaves out what is null).</summary>
    private static bool Has(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    /// <summary>The part of <paramref name="text"/> from <paramref name="start"/> to the next <paramref name="end"/> (or the end).</summary>
    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' is not in the text.");
        var to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    private static string Cardinal(int n) => Plenary.Domain.Editorial.Numbers.Cardinal(n);

    private static async Task CommentAsync(HttpClient client, string round, string text, string? item)
    {
        var page = await ParseAsync(client, round);
        var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(item ?? ""), "Item" },
            { new StringContent(text), "Text" },
        };
        await Redirected(await client.PostAsync(round + "?handler=Comment", form), "Commenting");
    }
}

public sealed class SqliteRecommendationsScenarioTests : RecommendationsScenarioTests;

public sealed class PostgresRecommendationsScenarioTests : RecommendationsScenarioTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
