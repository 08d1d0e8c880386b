using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Plenary.BrowserTests;

/// <summary>
/// The signed-in editor pages in a real browser: each has an h1 and no serious or critical axe
/// violations. One browser, one sign-in per role; the pages are visited in a loop and every
/// failure is collected before asserting once. PLENARY_SCREENSHOTS=DIR keeps a full-page picture
/// of each page, to look at what was built.
/// </summary>
public sealed class EditorPagesBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string[] SecretariatPages =
    [
        "/bodies/eg-cybercrime/edit",
        "/bodies/eg-cybercrime/mandates",
        "/bodies/eg-cybercrime/mandates?remove=1#confirm-removal",
        "/bodies/eg-cybercrime/workplans",
        "/bodies/eg-cybercrime/meetings/7/plenary-meetings",
        "/bodies/eg-cybercrime/meetings/7/edit",
        "/bodies/eg-cybercrime/meetings/new",
        "/bodies/eg-cybercrime/officers",
        "/bodies/eg-cybercrime/meetings/6/documents/report",
        "/bodies/eg-cybercrime/meetings/7/agenda",
        "/bodies/eg-cybercrime/meetings/7/delegations",
        "/bodies/eg-cybercrime/meetings/7/delegations/import",
        "/bodies/eg-cybercrime/meetings/7/plenary-meetings/1/attendance",
        "/bodies/eg-cybercrime/meetings/7/statements",
        "/bodies/eg-cybercrime/meetings/7/speakers",
        "/bodies/eg-cybercrime/meetings/7/speakers/chair",
        "/bodies/eg-cybercrime/meetings/6/delegations",
        "/bodies/eg-cybercrime/documents",
        "/bodies/eg-cybercrime/documents/new",
        "/account/invitations",
        "/states",
        "/states?q=guinea&group=African",
        "/organizations",
        "/organizations/new",
        "/organizations/1b10484d-066b-5925-a210-eae24e691b07",
        "/organizations/1b10484d-066b-5925-a210-eae24e691b07/edit",
        "/bodies/eg-cybercrime",
    ];

    private const string DelegationPage = "/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF";

    [SkippableFact]
    public async Task TheSecretariatsEditorPages_HaveAHeading_AndNoSeriousAccessibilityViolations()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var (context, page) = await SignInAsync("secretariat@plenary.demo");
        var failures = new List<string>();

        // The body page shows its History panel only once something has changed: make one change first.
        await page.GotoAsync(site.BaseUrl + "/bodies/eg-cybercrime/meetings/7/agenda");
        await page.GetByText("Edit, assign or give a panel to item 4").ClickAsync();
        await page.Locator("#annotation-4\\.").FillAsync("A matter was raised under this item by the Bureau.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save item 4" }).ClickAsync();

        foreach (var path in SecretariatPages)
            await CheckAsync(page, path, "secretariat", failures);
        if (await page.Locator("#changes").CountAsync() == 0) failures.Add("/bodies/eg-cybercrime: no History panel (#changes).");

        await context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task TheDelegatesDelegationPage_WithAPerson_HasAHeading_AndNoSeriousAccessibilityViolations()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var (context, page) = await SignInAsync("delegate@plenary.demo");
        var failures = new List<string>();

        await page.GotoAsync(site.BaseUrl + DelegationPage);
        await page.Locator("#new-title").FillAsync("Ms.");
        await page.Locator("#new-first").FillAsync("Thandi");
        await page.Locator("#new-family").FillAsync("Mokoena");
        await page.Locator("#new-function").FillAsync("Senior State Law Adviser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the person" }).ClickAsync();
        await CheckAsync(page, DelegationPage, "delegate", failures);
        await CheckAsync(page, "/bodies/eg-cybercrime/meetings/7/speakers", "delegate", failures);
        await CheckAsync(page, "/bodies/eg-cybercrime/meetings/7", "delegate", failures);
        await page.GotoAsync(site.BaseUrl + DelegationPage);
        if (!(await page.Locator("table.delegation").InnerTextAsync()).Contains("Ms. Thandi Mokoena"))
            failures.Add($"{DelegationPage}: the person added is not listed.");

        await context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task TheSecretariat_PicksAStateByName_AndOpensItsDelegation_AndAStateNotInTheRegisterIsRefusedNextToTheField()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var (context, page) = await SignInAsync("secretariat@plenary.demo");

        await page.GotoAsync(site.BaseUrl + "/bodies/eg-cybercrime/meetings/7/delegations");
        Assert.Equal(195, await page.Locator("datalist#state-register option").CountAsync());
        await page.GetByLabel("State", new() { Exact = true }).FillAsync("XYZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open its delegation" }).First.ClickAsync();
        Assert.Contains("'XYZ' is not a State in the register", await page.Locator("#open-participant-error").InnerTextAsync());
        Assert.Equal("true", await page.GetByLabel("State", new() { Exact = true }).GetAttributeAsync("aria-invalid"));

        await page.GetByLabel("State", new() { Exact = true }).FillAsync("Côte d'Ivoire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open its delegation" }).First.ClickAsync();
        Assert.EndsWith("/delegations/states/CIV", page.Url);
        Assert.Equal("Delegation of Côte d'Ivoire", await page.Locator("h1").InnerTextAsync());

        await context.CloseAsync();
    }

    private async Task<(IBrowserContext, IPage)> SignInAsync(string email)
    {
        // JavaScript on: axe runs as a script in the page.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        await page.GotoAsync(site.BaseUrl + "/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserSite.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        Assert.EndsWith("/account", page.Url);
        return (context, page);
    }

    private async Task CheckAsync(IPage page, string path, string role, List<string> failures)
    {
        var response = await page.GotoAsync(site.BaseUrl + path);
        if (response?.Status != 200)
        {
            failures.Add($"{path}: HTTP {response?.Status}.");
            return;
        }
        if (await page.Locator("h1").CountAsync() != 1) failures.Add($"{path}: expected one h1, found {await page.Locator("h1").CountAsync()}.");

        if (Environment.GetEnvironmentVariable("PLENARY_SCREENSHOTS") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            var name = role + "-" + string.Concat(path.Split('#')[0].Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
        }

        var result = await page.RunAxe();
        foreach (var v in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            failures.Add($"{path}: {v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target.ToString())))}");
    }
}
