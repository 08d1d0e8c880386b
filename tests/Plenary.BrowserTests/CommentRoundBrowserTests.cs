using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plenary.Application.Recommendations;

namespace Plenary.BrowserTests;

/// <summary>
/// A comment round in a real browser: a delegate comments on a text of the compilation for their own State, the comment
/// is not public until the Secretariat posts it from the review page, and then the round's public page shows it.
/// </summary>
public sealed class CommentRoundBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
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
    public async Task ADelegateComments_TheSecretariatPostsIt_AndThePublicPageShowsIt()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var deadline = DateOnly.FromDateTime(site.Clock.GetUtcNow().UtcDateTime).AddDays(20);
        int round;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var (opened, number) = await scope.ServiceProvider.GetRequiredService<CommentRounds>().OpenAsync("eg-cybercrime", 7,
                new RoundInput(deadline, new TimeOnly(18, 0), "Europe/Vienna", ["memberStates", "observers"]), "Secretariat");
            Assert.True(opened.Succeeded, opened.Error);
            round = number!.Value;
        }
        var address = $"{site.BaseUrl}/bodies/eg-cybercrime/comment-rounds/{round}";
        const string text = "South Africa proposes that the text also mention regional networks of points of contact.";

        var (delegateContext, delegate_) = await SignInAsync("delegate@plenary.demo");
        await delegate_.GotoAsync(address);
        Assert.Contains("Comment for South Africa", await delegate_.Locator("#comment-heading").TextContentAsync());
        await delegate_.GetByLabel("On", new() { Exact = true }).SelectOptionAsync("2020/IC/1");
        await delegate_.GetByLabel("Comment", new() { Exact = true }).FillAsync(text);
        await delegate_.GetByRole(AriaRole.Button, new() { Name = "Submit the comment" }).ClickAsync();
        Assert.Contains("Your comment was received", await delegate_.Locator("[role=status]").TextContentAsync());

        var reader = await site.Browser.NewPageAsync();
        await reader.GotoAsync(address);
        Assert.DoesNotContain("regional networks of points of contact", await reader.Locator("main").TextContentAsync());

        var (secretariatContext, secretariat) = await SignInAsync("secretariat@plenary.demo");
        await secretariat.GotoAsync(address + "/review");
        Assert.Contains(text, await secretariat.Locator("#c-1").TextContentAsync());
        await secretariat.Locator("#c-1").GetByRole(AriaRole.Button, new() { Name = "Post online" }).ClickAsync();
        Assert.Contains("Comment 1 was posted online.", await secretariat.Locator("[role=status]").TextContentAsync());

        await reader.ReloadAsync();
        Assert.Contains(text, await reader.Locator("#c-1").TextContentAsync());
        Assert.Contains("South Africa", await reader.Locator("#c-1").TextContentAsync());

        await reader.CloseAsync();
        await delegateContext.CloseAsync();
        await secretariatContext.CloseAsync();
    }
}
