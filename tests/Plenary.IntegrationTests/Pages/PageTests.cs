using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Pages;

/// <summary>The read-only pages over the demo record, as a visitor sees them (run on each store).</summary>
public abstract class PageTests(DemoSiteFixture site)
{
    private async Task<IDocument> GetPageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var response = await site.Client().GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Home_ListsTheBodiesWithLinksToThem()
    {
        var page = await GetPageAsync("/");
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/bodies/eg-cybercrime", links);
        Assert.Contains("Expert Group to Conduct a Comprehensive Study on Cybercrime", page.QuerySelector("main")!.TextContent);
    }

    [SkippableFact]
    public async Task BodyPage_ShowsMandatesAndATimelineOfSevenMeetings()
    {
        var page = await GetPageAsync("/bodies/eg-cybercrime");
        var meetings = page.QuerySelectorAll(".timeline-entry h3 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["First meeting", "Second meeting", "Third meeting", "Fourth meeting", "Fifth meeting", "Sixth meeting", "Seventh meeting"], meetings);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("General Assembly resolution 65/230", text);
        Assert.Contains("17–21 January 2011", text);
        Assert.NotNull(page.QuerySelector("a[href='https://undocs.org/A/RES/74/247']"));
    }

    [SkippableFact]
    public async Task SeventhMeetingPage_ShowsFiveAgendaItemsWithAnnotationsAndDocumentation()
    {
        var page = await GetPageAsync("/bodies/eg-cybercrime/meetings/7");
        var items = page.QuerySelectorAll(".agenda-list li.item").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(5, items.Count);
        Assert.StartsWith("1.", items[0]);
        Assert.StartsWith("5.", items[4]);
        Assert.Equal(2, page.QuerySelectorAll(".agenda-list li.sub").Length);
        Assert.Equal("Provisional agenda", page.QuerySelector("#agenda-heading")!.TextContent.Trim());

        var annotations = page.QuerySelectorAll("article.annotation");
        Assert.Equal(7, annotations.Length);
        Assert.All(annotations.Where(a => !a.ClassList.Contains("sub") && a.QuerySelector("h4")!.TextContent.Contains("Organizational") is false),
            a => Assert.NotNull(a.QuerySelector(".documentation")));
        var item2 = page.QuerySelector("#item-2")!;
        Assert.Contains("Rapporteur", item2.TextContent);
        Assert.NotNull(item2.QuerySelector("a[href='https://undocs.org/UNODC/CCPCJ/EG.4/2021/CRP.1']"));
        Assert.Contains("No documentation is foreseen", page.QuerySelector("#item-3")!.TextContent);
    }

    [SkippableFact]
    public async Task SeventhMeetingPage_ShowsSixPlenaryMeetingsOverThreeDaysInTheOrganizationOfWork()
    {
        var page = await GetPageAsync("/bodies/eg-cybercrime/meetings/7");
        var table = page.QuerySelector("table.work")!;
        Assert.Equal("Six plenary meetings over three days", table.QuerySelector("caption")!.TextContent.Trim());
        var days = table.QuerySelectorAll("th[scope=rowgroup]").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Tuesday, 6 April 2021", "Wednesday, 7 April 2021", "Thursday, 8 April 2021"], days);
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(10, rows.Length);
        var times = table.QuerySelectorAll("td[rowspan]").Select(td => td.TextContent.Trim()).Where(t => t.Contains('m')).ToList();
        Assert.Equal(["10 a.m.–1 p.m.", "3–6 p.m.", "10 a.m.–1 p.m.", "3–6 p.m.", "10 a.m.–1 p.m.", "3–6 p.m."], times);
        Assert.Contains("(continued)", rows[3].TextContent);
        Assert.Contains("Six plenary meetings", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Vienna, 6–8 April 2021", page.QuerySelector(".masthead-dates")!.TextContent);
    }

    [SkippableFact]
    public async Task SixthMeetingPage_ShowsThePostponementAndTheHybridFormat()
    {
        var page = await GetPageAsync("/bodies/eg-cybercrime/meetings/6");
        var facts = page.QuerySelector(".page-head")!.TextContent;
        Assert.Contains("Hybrid", facts);
        Assert.Contains("Postponed from 6–8 April 2020", facts);
        var history = page.QuerySelectorAll(".history li").Select(li => li.TextContent).ToList();
        Assert.Equal(6, history.Count);
        Assert.Contains(history, h => h.Contains("15 April 2020") && h.Contains("27–29 July 2020") && h.Contains("silence procedure"));
        Assert.Contains(history, h => h.Contains("22 June 2020") && h.Contains("hybrid"));
        Assert.Contains("presided on behalf of the Chair", page.QuerySelector("#bureau")!.TextContent);
    }

    [SkippableFact]
    public async Task MeetingPage_IsSemanticAndAccessible()
    {
        var page = await GetPageAsync("/bodies/eg-cybercrime/meetings/7");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotEmpty(t.QuerySelectorAll("th[scope]")));
        // Headings never skip a level on the way down.
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();
        for (var i = 1; i < levels.Count; i++) Assert.True(levels[i] <= levels[i - 1] + 1, $"Heading level jumps from h{levels[i - 1]} to h{levels[i]}.");
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [SkippableTheory]
    [InlineData("/bodies/no-such-body")]
    [InlineData("/bodies/eg-cybercrime/meetings/99")]
    [InlineData("/no/such/page")] // an address of no route: not "sign in" for an anonymous visitor
    [InlineData("/bodies/eg-cybercrime/meetingz")]
    public async Task UnknownBodyOrMeeting_IsANotFoundPageThatLeadsHome(string path)
    {
        var page = await GetPageAsync(path, HttpStatusCode.NotFound);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [SkippableFact]
    public async Task Health_ReportsAReachableCurrentStore()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var response = await site.Client().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"healthy\"", body);
        Assert.Contains(site.StoreName, body);
    }
}

public sealed class SqlitePageTests(SqliteDemoSite site) : PageTests(site), IClassFixture<SqliteDemoSite>;

public sealed class PostgresPageTests(PostgresDemoSite site) : PageTests(site), IClassFixture<PostgresDemoSite>;
