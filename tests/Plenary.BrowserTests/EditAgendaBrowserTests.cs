using Microsoft.Playwright;

namespace Plenary.BrowserTests;

/// <summary>The Secretariat signs in, edits an agenda item in a real browser and sees it in the History panel.</summary>
public sealed class EditAgendaBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [SkippableFact]
    public async Task TheSecretariat_SignsIn_EditsAnItem_AndSeesItOnThePageAndInTheHistory()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);

        await page.GotoAsync(site.BaseUrl + "/account/sign-in");
        await page.GetByLabel("Email").FillAsync("secretariat@plenary.demo");
        await page.GetByLabel("Password").FillAsync(BrowserSite.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.EndsWith("/account", page.Url);

        await page.GotoAsync(site.BaseUrl + "/bodies/eg-cybercrime/meetings/7");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the agenda" }).ClickAsync();
        await page.GetByText("Edit, assign or give a panel to item 4").ClickAsync();
        // PLENARY_SCREENSHOTS=DIR keeps a picture of the editor, to look at what was built.
        if (Environment.GetEnvironmentVariable("PLENARY_SCREENSHOTS") is { Length: > 0 } dir)
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "agenda-editor.png"), FullPage = true });
        await page.Locator("#annotation-4\\.").FillAsync("A matter was raised under this item by the Bureau.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save item 4" }).ClickAsync();
        Assert.Contains("Item 4 was saved.", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        await page.GotoAsync(site.BaseUrl + "/bodies/eg-cybercrime/meetings/7");
        Assert.Contains("A matter was raised under this item by the Bureau.", await page.Locator("#item-4").InnerTextAsync());
        var history = await page.Locator("#changes tbody").InnerTextAsync();
        Assert.Contains("secretariat@plenary.demo", history);
        Assert.Contains("Annotation of item 4 changed.", history);
        if (Environment.GetEnvironmentVariable("PLENARY_SCREENSHOTS") is { Length: > 0 } shots)
            await page.Locator("#changes").ScreenshotAsync(new() { Path = Path.Combine(shots, "history-panel.png") });
        await context.CloseAsync();
    }
}
