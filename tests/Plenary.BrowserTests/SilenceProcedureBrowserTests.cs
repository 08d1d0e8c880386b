using Microsoft.Playwright;

namespace Plenary.BrowserTests;

/// <summary>
/// A silence procedure in a real browser: the Secretariat drafts and circulates a proposal, a member of
/// the extended Bureau breaks silence after the confirmation step, and once the deadline has passed
/// (the site's clock moved on) the procedure's page says it was not adopted and offers a revision.
/// </summary>
public sealed class SilenceProcedureBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private async Task<(IBrowserContext Context, IPage Page)> SignInAsync(string email)
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(site.BaseUrl + "/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserSite.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        Assert.EndsWith("/account", page.Url);
        return (context, page);
    }

    [SkippableFact]
    public async Task TheSecretariatCirculates_AMemberBreaksSilence_AndAtTheDeadlineItIsNotAdopted()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var deadline = DateOnly.FromDateTime(site.Clock.GetUtcNow().UtcDateTime).AddDays(5);

        var (secretariatContext, secretariat) = await SignInAsync("secretariat@plenary.demo");
        await secretariat.GotoAsync(site.BaseUrl + "/bodies/eg-cybercrime/silence-procedures/new");
        await secretariat.GetByLabel("Subject").SelectOptionAsync("Other");
        await secretariat.GetByLabel("Title").FillAsync("Informal consultations before the next meeting");
        await secretariat.GetByLabel("Text of the decision").FillAsync("The extended Bureau agrees that the secretariat hold two informal consultations before the next meeting.");
        await secretariat.Locator("#DeadlineDate").FillAsync(deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await secretariat.Locator("#DeadlineTime").FillAsync("12:00");
        await secretariat.Locator("#DeadlineTimeZone").FillAsync("Europe/Vienna");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Circulate to the extended Bureau" }).ClickAsync();
        var procedure = secretariat.Url;
        Assert.Equal("open", await secretariat.Locator("[data-silence=status]").TextContentAsync());

        var (bureauContext, bureau) = await SignInAsync("bureau@plenary.demo");
        await bureau.GotoAsync(procedure);
        await bureau.GetByLabel("an objection").CheckAsync();
        await bureau.GetByLabel("Text").FillAsync("The consultations should wait until after the Commission's session.");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "Break silence…" }).ClickAsync();
        Assert.Contains("Break silence with this objection?", await bureau.Locator("[role=alertdialog] h3").TextContentAsync());
        await bureau.GetByRole(AriaRole.Button, new() { Name = "Break silence", Exact = true }).ClickAsync();
        Assert.StartsWith("broken", await bureau.Locator("[data-silence=silence]").TextContentAsync());

        // The deadline passes; the page, read after it, says what time decided.
        site.Clock.Shift = TimeSpan.FromDays(6);
        var reader = await site.Browser.NewPageAsync();
        await reader.GotoAsync(procedure);
        Assert.Equal("not adopted", await reader.Locator("[data-silence=status]").TextContentAsync());
        Assert.Contains("The proposal is therefore not adopted", await reader.Locator("main").TextContentAsync());

        await reader.CloseAsync();
        await bureauContext.CloseAsync();
        await secretariatContext.CloseAsync();
    }
}
