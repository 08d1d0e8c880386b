using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Recommendations;

/// <summary>
/// Comment rounds on the compilation, end to end on the demo record: the closed round of January 2021 with its posted
/// comments; a new round opened by the Secretariat, a delegate's comment with a file, its review and its posting; the
/// deadline, the file rules and the audience refused in words; the API with the pages' permissions; the export.
/// </summary>
public abstract class CommentRoundTests : FreshSiteTests
{
    private const string Rounds = "/bodies/eg-cybercrime/comment-rounds";
    private const string DemoRound = Rounds + "/1";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private async Task<HttpResponseMessage> OpenRoundAsync(HttpClient secretariat, string date = "2027-01-15", string time = "18:00", string zone = "Europe/Vienna",
        params string[] audience)
    {
        var page = await ParseAsync(secretariat, Rounds);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", page.QuerySelector("form[action*='handler=Open'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("MeetingNumber", "7"), new("DeadlineDate", date), new("DeadlineTime", time), new("TimeZone", zone),
        };
        fields.AddRange((audience.Length == 0 ? ["MemberStates", "Observers", "Stakeholders"] : audience).Select(a => new KeyValuePair<string, string>("Audience", a)));
        return await secretariat.PostAsync(Rounds + "?handler=Open", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> CommentAsync(HttpClient client, string round, string text, string? item = null, (string Name, byte[] Bytes)? file = null, string? @for = null)
    {
        var page = await ParseAsync(client, round);
        var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(item ?? ""), "Item" },
            { new StringContent(text), "Text" },
        };
        if (@for is not null) form.Add(new StringContent(@for), "For");
        if (file is { } f) form.Add(new ByteArrayContent(f.Bytes), "Attachment", f.Name);
        return await client.PostAsync(round + "?handler=Comment", form);
    }

    private async Task<int> CommentsInStoreAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Set<Plenary.Domain.Recommendations.Comment>().CountAsync();
    }

    [SkippableFact]
    public async Task TheDemosClosedRound_ListsItsPostedComments_ByTextAndByCommenter_ByName_AndNotTheDeclinedOne()
    {
        var page = await ParseAsync(Anonymous(), DemoRound);

        Assert.Contains("The round closed at 6 p.m. on 15 January 2021 (Vienna time).", page.QuerySelector(".lead")!.TextContent);
        Assert.Contains("Comments by text (7 posted)", page.QuerySelector("#by-text-heading")!.TextContent);
        var onData = page.QuerySelector("#i-2019-EECJ-4")!.ParentElement!.TextContent;
        Assert.Contains("Egypt", onData);
        Assert.Contains("Norway", onData);
        Assert.Contains("International Criminal Police Organization (INTERPOL)", page.QuerySelector("#by-commenter-heading")!.ParentElement!.TextContent);
        Assert.DoesNotContain("South Africa requests", page.Body!.TextContent);
        Assert.DoesNotContain(">EGY<", page.Body!.InnerHtml);
        Assert.NotNull(page.QuerySelector("a[href='/bodies/eg-cybercrime/recommendations/2019/EECJ/4']"));
        Assert.NotNull(page.QuerySelector("a[href='/bodies/eg-cybercrime/meetings/7/documents/compilation']"));
        Assert.Contains("/bodies/eg-cybercrime/comment-rounds", await Anonymous().GetStringAsync("/bodies/eg-cybercrime/meetings/7/documents/compilation"));
        var text = await ParseAsync(Anonymous(), "/bodies/eg-cybercrime/recommendations/2019/EECJ/4");
        Assert.Equal("Two comments posted in comment round 1 on UNODC/CCPCJ/EG.4/2021/CRP.1", text.QuerySelector("#comments-heading + ul li")!.TextContent.Trim());
        Assert.Null((await ParseAsync(Anonymous(), "/bodies/eg-cybercrime/recommendations/2018/LF/2")).QuerySelector("#comments-heading"));
    }

    [SkippableFact]
    public async Task ARoundsPages_AreNeverKept_ForARoundClosesAtItsDeadlineWithoutAWrite()
    {
        foreach (var path in new[] { DemoRound, Rounds, "/api/v1" + DemoRound, "/api/v1" + DemoRound + "/document?format=txt" })
        {
            var response = await Anonymous().GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.ETag);
        }
    }

    [SkippableFact]
    public async Task ACommentAfterTheDeadline_IsRefusedNamingTheDeadline_AndNothingIsWritten()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");

        var page = await ParseAsync(delegate_, DemoRound);
        Assert.Contains("The round closed at 6 p.m. on 15 January 2021 (Vienna time); comments are no longer taken.", page.QuerySelector("#comment-heading")!.ParentElement!.TextContent);
        var api = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        var late = await api.PostAsJsonAsync("/api/v1" + DemoRound + "/comments", new { text = "A late comment." });

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("The comment round on UNODC/CCPCJ/EG.4/2021/CRP.1 closed at 6 p.m. on 15 January 2021 (Vienna time); comments are no longer taken.",
            await late.Content.ReadAsStringAsync());
        Assert.Equal(8, await CommentsInStoreAsync());
    }

    [SkippableFact]
    public async Task TheSecretariatOpensARound_ADelegateComments_WithAFile_AndTheCommentAppearsOnlineOnlyAfterReview()
    {
        var secretariat = await SignedInAsync();
        var opened = await OpenRoundAsync(secretariat);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(Rounds + "/2", opened.Headers.Location!.ToString());

        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        var form = await ParseAsync(delegate_, Rounds + "/2");
        Assert.Contains("Comment for South Africa", form.QuerySelector("#comment-heading")!.TextContent);
        Assert.Equal(79, form.QuerySelectorAll("#Item option").Length); // the compilation as a whole and its 78 texts
        var commented = await CommentAsync(delegate_, Rounds + "/2", "South Africa supports this text.\n\nIt proposes to name regional networks as well.", "2020/IC/1", ("views.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        var own = await ParseAsync(delegate_, Rounds + "/2");
        Assert.Contains("waiting for the Secretariat's review", own.QuerySelector("#own-comments")!.ParentElement!.TextContent);
        Assert.DoesNotContain("regional networks", (await Anonymous().GetStringAsync(Rounds + "/2")));

        var review = await ParseAsync(secretariat, Rounds + "/2/review");
        var post = review.QuerySelector("form[action*='handler=Post']")!;
        var fields = post.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var posted = await secretariat.PostAsync(Rounds + "/2/review?handler=Post", review.FormWith(fields));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stale = await secretariat.PostAsync(Rounds + "/2/review?handler=Post", review.FormWith(fields));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var page = await ParseAsync(Anonymous(), Rounds + "/2");
        var comment = page.QuerySelector("#c-1")!;
        Assert.Equal(["South Africa supports this text.", "It proposes to name regional networks as well."], comment.QuerySelectorAll("p:not(.meta)").Select(p => p.TextContent));
        var file = await Anonymous().GetAsync(comment.QuerySelector("a[href$='/attachment']")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task AFileThatIsNotAPdfOrDocx_IsRefusedNamingTheRule_AndACommentsTextIsNeverMarkup()
    {
        var secretariat = await SignedInAsync();
        await OpenRoundAsync(secretariat);
        var stakeholder = await SignedInAsync("stakeholder@plenary.demo");

        var refused = await CommentAsync(stakeholder, Rounds + "/2", "With a disguised file.", file: ("views.pdf", "<html><script>x</script></html>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The file 'views.pdf' is named .pdf but its content is not a PDF file", (await ParseAsync(refused)).QuerySelector("#Attachment-error")!.TextContent);
        Assert.Equal(8, await CommentsInStoreAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await CommentAsync(stakeholder, Rounds + "/2", "<script>alert('x')</script> <b>bold</b>")).StatusCode);
        var review = await ParseAsync(secretariat, Rounds + "/2/review");
        var fields = review.QuerySelector("form[action*='handler=Post']")!.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        await secretariat.PostAsync(Rounds + "/2/review?handler=Post", review.FormWith(fields));

        var html = await Anonymous().GetStringAsync(Rounds + "/2");
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;", html);
        Assert.Contains("Council of Europe", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("#c-1 h4")!.TextContent);
    }

    [SkippableFact]
    public async Task OpeningARound_RefusesABadDeadlineNextToItsField_AndAnEmptyAudience()
    {
        var secretariat = await SignedInAsync();

        var zone = await OpenRoundAsync(secretariat, zone: "Vienna");
        Assert.Equal(HttpStatusCode.BadRequest, zone.StatusCode);
        Assert.Contains("'Vienna' is not a time zone", (await ParseAsync(zone)).QuerySelector("#TimeZone-error")!.TextContent);
        var past = await OpenRoundAsync(secretariat, date: "2021-01-15");
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("must come after the round opens", (await ParseAsync(past)).QuerySelector("#DeadlineTime-error")!.TextContent);
        var nobody = await OpenRoundAsync(secretariat, audience: ["none"]);
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().CommentRounds.CountAsync());
    }

    [SkippableFact]
    public async Task ARoundForMemberStatesOnly_RefusesAnObserversComment_InWords()
    {
        var secretariat = await SignedInAsync();
        await OpenRoundAsync(secretariat, audience: ["MemberStates"]);
        var stakeholder = await SignedInAsync("stakeholder@plenary.demo");

        var refused = await CommentAsync(stakeholder, Rounds + "/2", "An observer's view.");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("This round invites comments from Member States; Council of Europe is an observer.", (await ParseAsync(refused)).Body!.TextContent);
    }

    [SkippableFact]
    public async Task TheSecretariat_ExtendsTheDeadline_ThenWithdrawsTheRoundAfterConfirming_AndNoCommentIsTakenAfterwards()
    {
        var secretariat = await SignedInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await OpenRoundAsync(secretariat)).StatusCode);
        const string review = Rounds + "/2/review";
        var page = await ParseAsync(secretariat, review);
        var version = page.QuerySelector("form[action*='handler=Extend'] input[name=version]")!.GetAttribute("value")!;

        var earlier = await secretariat.PostAsync(review + "?handler=Extend", page.FormWith(new() { ["version"] = version, ["deadlineDate"] = "2027-01-10", ["deadlineTime"] = "18:00" }));
        Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);
        Assert.Contains("The new deadline (6 p.m. on 10 January 2027 (Vienna time)) must come after the current one (6 p.m. on 15 January 2027 (Vienna time))",
            (await ParseAsync(earlier)).QuerySelector("#round-error")!.TextContent);
        var extended = await secretariat.PostAsync(review + "?handler=Extend", page.FormWith(new() { ["version"] = version, ["deadlineDate"] = "2027-01-22", ["deadlineTime"] = "12:00" }));
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        var round = await ParseAsync(Anonymous(), Rounds + "/2");
        Assert.Contains("Comments are taken until noon on 22 January 2027 (Vienna time).", round.QuerySelector(".lead")!.TextContent);
        Assert.Contains("The deadline was extended from 6 p.m. on 15 January 2027 (Vienna time), on ", round.QuerySelector(".lead")!.TextContent);

        page = await ParseAsync(secretariat, review + "?withdraw=true&reason=" + Uri.EscapeDataString("The compilation is to be reissued."));
        var confirm = page.QuerySelector("#confirm-removal")!;
        Assert.Contains("Withdraw comment round 2 on", confirm.TextContent);
        var fields = confirm.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        Assert.Equal("The compilation is to be reissued.", fields["reason"]);
        var withdrawn = await secretariat.PostAsync(review + "?handler=Withdraw", page.FormWith(fields));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        round = await ParseAsync(Anonymous(), Rounds + "/2");
        Assert.Contains("The Secretariat withdrew the round on", round.QuerySelector(".lead")!.TextContent);
        Assert.Contains("The reason given: The compilation is to be reissued.", round.QuerySelector(".lead")!.TextContent);
        Assert.Contains("(withdrawn)", (await ParseAsync(Anonymous(), Rounds)).QuerySelector("table")!.TextContent);
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        Assert.Null((await ParseAsync(delegate_, Rounds + "/2")).QuerySelector("form[enctype]"));
        var before = await CommentsInStoreAsync();
        var api = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        var refused = await api.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/comment-rounds/2/comments", new { text = "A comment after the withdrawal." });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("was withdrawn on", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await CommentsInStoreAsync());
        Assert.Null((await ParseAsync(secretariat, review)).QuerySelector("form[action*='handler=Extend']"));
    }

    [SkippableFact]
    public async Task TheApi_ExtendsAndWithdrawsARound_RefusingIllegalSteps_WithThePagesPermissions()
    {
        var secretariat = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var delegate_ = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        const string api = "/api/v1/bodies/eg-cybercrime/comment-rounds";
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/comment-rounds",
            new { deadlineDate = "2027-01-15", deadlineTime = "18:00", timeZone = "UTC", audience = new[] { "memberStates" } })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.PostAsJsonAsync(api + "/2/extension", new { version = 1, deadlineDate = "2027-02-01", deadlineTime = "18:00" })).StatusCode);
        var closed = await secretariat.PostAsJsonAsync(api + "/1/extension", new { version = 1, deadlineDate = "2027-02-01", deadlineTime = "18:00" });
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);
        Assert.Contains("closed at 6 p.m. on 15 January 2021 (Vienna time); its deadline cannot be extended", await closed.Content.ReadAsStringAsync());
        var noDate = await secretariat.PostAsJsonAsync(api + "/2/extension", new { version = 1, deadlineTime = "18:00" });
        Assert.Equal("deadlineDate", JsonDocument.Parse(await noDate.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsJsonAsync(api + "/2/extension", new { version = 1, deadlineDate = "2027-02-01", deadlineTime = "18:00" })).StatusCode);
        var view = JsonDocument.Parse(await Site.Api().GetStringAsync(api + "/2")).RootElement;
        Assert.Equal("6 p.m. on 1 February 2027 (UTC)", view.GetProperty("deadline").GetString());
        Assert.StartsWith("The deadline was extended from 6 p.m. on 15 January 2027 (UTC)", view.GetProperty("extension").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await secretariat.PostAsJsonAsync(api + "/2/withdrawal", new { version = 1 })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsJsonAsync(api + "/2/withdrawal", new { version = 2, reason = "Superseded." })).StatusCode);
        var again = await secretariat.PostAsJsonAsync(api + "/2/extension", new { version = 3, deadlineDate = "2027-03-01", deadlineTime = "18:00" });
        Assert.Contains("was withdrawn on", await again.Content.ReadAsStringAsync());
        view = JsonDocument.Parse(await Site.Api().GetStringAsync(api + "/2")).RootElement;
        Assert.True(view.GetProperty("isWithdrawn").GetBoolean());
        Assert.False(view.GetProperty("isOpen").GetBoolean());
    }

    [SkippableFact]
    public async Task TheApi_OpensARound_TakesAndReviewsComments_WithThePagesPermissions()
    {
        var secretariat = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var delegate_ = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        var bureau = Site.Api(await Site.TokenForAsync("bureau@plenary.demo"));
        const string api = "/api/v1/bodies/eg-cybercrime";

        var bad = await secretariat.PostAsJsonAsync(api + "/meetings/7/comment-rounds", new { deadlineDate = "2027-01-15", deadlineTime = "18:00", timeZone = "Mars/Olympus", audience = new[] { "memberStates" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("timeZone", JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.PostAsJsonAsync(api + "/meetings/7/comment-rounds", new { deadlineDate = "2027-01-15", deadlineTime = "18:00", timeZone = "UTC", audience = new[] { "memberStates" } })).StatusCode);
        var opened = await secretariat.PostAsJsonAsync(api + "/meetings/7/comment-rounds", new { deadlineDate = "2027-01-15", deadlineTime = "18:00", timeZone = "America/New_York", audience = new[] { "memberStates", "observers" } });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.EndsWith("/comment-rounds/2", opened.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostAsJsonAsync(api + "/comment-rounds/2/comments", new { text = "A." })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Site.Api().PostAsJsonAsync(api + "/comment-rounds/2/comments", new { text = "A." })).StatusCode);
        var notCompiled = await delegate_.PostAsJsonAsync(api + "/comment-rounds/2/comments", new { item = "2017/IC/1", text = "A." });
        Assert.Equal("item", JsonDocument.Parse(await notCompiled.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        var commented = await delegate_.PostAsJsonAsync(api + "/comment-rounds/2/comments",
            new { item = "2018/LF/1", text = "South Africa supports the text.", attachment = new { fileName = "note.pdf", contentBase64 = Convert.ToBase64String(Pdf) } });
        Assert.Equal(HttpStatusCode.Created, commented.StatusCode);

        var waiting = JsonDocument.Parse(await secretariat.GetStringAsync(api + "/comment-rounds/2/comments")).RootElement;
        var comment = waiting.EnumerateArray().Single();
        Assert.Equal(("ZAF", "South Africa", "received"), (comment.GetProperty("commenterKey").GetString(), comment.GetProperty("commenterName").GetString(), comment.GetProperty("status").GetString()));
        Assert.Empty(JsonDocument.Parse(await Site.Api().GetStringAsync(api + "/comment-rounds/2")).RootElement.GetProperty("comments").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Site.Api().GetAsync(api + "/comment-rounds/2/comments/1/attachment")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.PostAsJsonAsync(api + "/comment-rounds/2/comments/1/posting", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsJsonAsync(api + "/comment-rounds/2/comments/1/posting", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await secretariat.PostAsJsonAsync(api + "/comment-rounds/2/comments/1/declination", new { version = 1, reason = "Too late." })).StatusCode);

        var round = JsonDocument.Parse(await Site.Api().GetStringAsync(api + "/comment-rounds/2")).RootElement;
        Assert.Equal("6 p.m. on 15 January 2027 (New York time)", round.GetProperty("deadline").GetString());
        Assert.Equal("South Africa supports the text.", round.GetProperty("comments")[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Site.Api().GetAsync(api + "/comment-rounds/2/comments/1/attachment")).StatusCode);
    }

    [SkippableFact]
    public async Task TheExport_HoldsEveryPostedComment_AsAnAddendumToTheCompilation_InDocxAndText()
    {
        var text = await Anonymous().GetStringAsync("/api/v1" + DemoRound + "/document?format=txt");

        Assert.Contains("UNODC/CCPCJ/EG.4/2021/CRP.1/Add.1", text);
        Assert.Contains("Comments received on the compilation of preliminary conclusions and recommendations", text);
        Assert.Contains("to Member States, observers and other stakeholders for comment, and invited comments by 6 p.m. on 15 January 2021 (Vienna time).", text);
        Assert.Contains("reproduces the seven comments posted", text);
        Assert.True(text.IndexOf("2018/LF/1", StringComparison.Ordinal) < text.IndexOf("2020/PR/2", StringComparison.Ordinal));
        Assert.DoesNotContain("South Africa requests", text);

        var docx = await Anonymous().GetAsync("/api/v1" + DemoRound + "/document?format=docx");
        Assert.Equal("UNODC_CCPCJ_EG.4_2021_CRP.1_Add.1.docx", docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        using var zip = new ZipArchive(await docx.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        Assert.Contains("Norway proposes to add", await reader.ReadToEndAsync());
    }
}

public sealed class SqliteCommentRoundTests : CommentRoundTests;

public sealed class PostgresCommentRoundTests : CommentRoundTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
