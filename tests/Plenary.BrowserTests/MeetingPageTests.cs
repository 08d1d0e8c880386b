using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Plenary.BrowserTests;

/// <summary>The meeting pages in a real browser, as a delegate would open them.</summary>
public sealed class MeetingPageTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>Opens a page. Without JavaScript by default (the pages must work without it); checks that run a script in the page turn it on.</summary>
    private async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900, bool javaScript = false)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        var response = await page.GotoAsync(site.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        return page;
    }

    [SkippableFact]
    public async Task SeventhMeeting_ShowsTheAgendaAndTheOrganizationOfWork()
    {
        var page = await OpenAsync("/bodies/eg-cybercrime/meetings/7");

        Assert.Equal("Seventh meeting", await page.Locator("h1").InnerTextAsync());
        var items = await page.Locator(".agenda-list li.item").AllInnerTextsAsync();
        Assert.Equal(5, items.Count);
        Assert.Contains("Discussion of future work of the Expert Group", items[2]);
        Assert.Equal(2, await page.Locator(".agenda-list li.sub").CountAsync());

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Six plenary meetings over three days" });
        Assert.True(await table.IsVisibleAsync());
        Assert.Equal(["Tuesday, 6 April 2021", "Wednesday, 7 April 2021", "Thursday, 8 April 2021"],
            await table.Locator("th[scope=rowgroup]").AllInnerTextsAsync());
        Assert.Equal(10, await table.Locator("tbody tr").CountAsync());
        Assert.Contains("Adoption of the report", await table.Locator("tbody").Last.InnerTextAsync());

        // The documentation link leads to the UN resolver.
        var link = page.GetByRole(AriaRole.Link, new() { Name = "UNODC/CCPCJ/EG.4/2021/CRP.1" }).First;
        Assert.Equal("https://undocs.org/UNODC/CCPCJ/EG.4/2021/CRP.1", await link.GetAttributeAsync("href"));
    }

    [SkippableFact]
    public async Task SeventhMeeting_HasNoSeriousAccessibilityViolations()
    {
        var page = await OpenAsync("/bodies/eg-cybercrime/meetings/7", javaScript: true);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)")));
    }

    [SkippableFact]
    public async Task OnAPhone_TheMeetingPageDoesNotScrollSideways()
    {
        var page = await OpenAsync("/bodies/eg-cybercrime/meetings/6", width: 390, height: 844, javaScript: true);
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "The page is wider than a phone screen.");
        Assert.True(await page.GetByText("Postponed from 6–8 April 2020").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task FromTheHomePage_AVisitorReachesAMeetingByFollowingLinks()
    {
        var page = await OpenAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Expert Group to Conduct a Comprehensive Study on Cybercrime" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sixth meeting" }).ClickAsync();
        Assert.EndsWith("/bodies/eg-cybercrime/meetings/6", page.Url);
        Assert.Contains("Hybrid", await page.Locator(".page-head").InnerTextAsync());
    }
}
