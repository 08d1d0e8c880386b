using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Plenary.BrowserTests;

/// <summary>
/// A person adds a passkey on their account page and signs in with it, in Chromium with its virtual
/// authenticator (DevTools' WebAuthn domain) standing in for a device's screen lock.
/// </summary>
public sealed class PasskeyBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [SkippableFact]
    public async Task APersonAddsAPasskey_SignsOut_AndSignsInWithThePasskey()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        // WebAuthn needs a secure context and a domain as relying party id: localhost is both, 127.0.0.1 neither.
        var origin = site.BaseUrl.Replace("127.0.0.1", "localhost");
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });

        await page.GotoAsync(origin + "/account/sign-in");
        await page.GetByLabel("Email").FillAsync("delegate@plenary.demo");
        await page.GetByLabel("Password").FillAsync(BrowserSite.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        Assert.EndsWith("/account", page.Url);

        var passkeys = page.Locator("#passkeys");
        Assert.Contains("You have no passkey.", await passkeys.InnerTextAsync());
        await page.GetByLabel("Name of the new passkey").FillAsync("Virtual authenticator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await page.WaitForURLAsync("**/account#passkeys");
        Assert.Contains("The passkey \"Virtual authenticator\" was added", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Contains("Virtual authenticator", await passkeys.Locator("table").InnerTextAsync());
        // PLENARY_SCREENSHOTS=DIR keeps a picture of the passkey section, to look at what was built.
        if (Environment.GetEnvironmentVariable("PLENARY_SCREENSHOTS") is { Length: > 0 } dir)
            await passkeys.ScreenshotAsync(new() { Path = Path.Combine(dir, "account-passkeys.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // A locked account stays locked for its passkeys too, with the message that names no account.
        await LockAsync("delegate@plenary.demo", TimeProvider.System.GetUtcNow().AddMinutes(15));
        await page.GotoAsync(origin + "/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.WaitForSelectorAsync(".passkey-sign-in [role=alert]:not([hidden])");
        Assert.Contains(Plenary.Web.Pages.Account.SignInModel.PasskeyFailure, await page.Locator(".passkey-sign-in").InnerTextAsync());
        await LockAsync("delegate@plenary.demo", null);

        await page.GotoAsync(origin + "/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.WaitForURLAsync("**/account");
        Assert.Equal("Your account", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("delegate@plenary.demo", await page.Locator("main").InnerTextAsync());
        await context.CloseAsync();
    }

    private async Task LockAsync(string email, DateTimeOffset? until)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Plenary.Application.Accounts.PlenaryUser>>();
        await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, until);
    }

    [SkippableFact]
    public async Task WithoutJavaScript_ThePasskeySections_SayWhatIsNeeded()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/account/sign-in");
        Assert.Contains("needs a browser with JavaScript", await page.Locator(".passkey-sign-in").InnerTextAsync());
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).IsVisibleAsync());
        await context.CloseAsync();
    }
}
