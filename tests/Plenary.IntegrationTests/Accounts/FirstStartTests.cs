using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// What a fresh start creates: no account with a known or published password. The demo accounts
/// exist only when the demo is asked for, with a password printed once on the console; a real
/// deployment makes its first Administrator with the setup code printed on the console.
/// </summary>
public sealed partial class FirstStartTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private readonly List<PlenaryWebFactory> _sites = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var site in _sites) await site.DisposeAsync();
        await _store.DisposeAsync();
    }

    private PlenaryWebFactory Start(bool demo, Dictionary<string, string?>? settings = null)
    {
        var site = new PlenaryWebFactory(_store.Store, demo: demo, settings: settings);
        _sites.Add(site);
        _ = site.Server; // starts: migrates, loads the demo record, prints what it prints
        return site;
    }

    private static async Task<int> AccountsAsync(PlenaryWebFactory site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Users.CountAsync();
    }

    [Fact]
    public async Task AFreshStart_CreatesNoAccount_AndTheSignInPageListsNone_ButShowsTheDemoRecord()
    {
        var site = Start(demo: false);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var signIn = new HtmlParser().ParseDocument(await client.GetStringAsync("/account/sign-in"));
        var oldPassword = await client.SignInAsync("admin@plenary.demo", "plenary-demo-2026");

        Assert.Equal(0, await AccountsAsync(site));
        Assert.Null(signIn.QuerySelector(".demo-accounts"));
        Assert.DoesNotContain("plenary-demo-2026", signIn.Source.Text);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode); // the form again, with the failure message
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/bodies/eg-cybercrime/meetings/7")).StatusCode);
        Assert.Contains("/setup", site.Console.ToString());
    }

    [Fact]
    public async Task TheDemo_AskedFor_HasOneAccountPerRole_WithAGeneratedPasswordPrintedOnceOnTheConsole()
    {
        var site = Start(demo: false, new() { ["Plenary:Demo"] = "true" });
        var printed = DemoPasswordLine().Match(site.Console.ToString());
        Assert.True(printed.Success, "The console did not show the demo password:\n" + site.Console);
        var password = printed.Groups["password"].Value;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var signIn = new HtmlParser().ParseDocument(await client.GetStringAsync("/account/sign-in"));
        var signedIn = await client.SignInAsync("secretariat@plenary.demo", password);

        Assert.Equal(DemoAccounts.All.Count, await AccountsAsync(site));
        Assert.NotEqual("plenary-demo-2026", password);
        Assert.Equal(DemoAccounts.All.Select(a => a.Email), signIn.QuerySelectorAll(".demo-accounts td code").Select(c => c.TextContent));
        Assert.DoesNotContain(password, signIn.Source.Text);
        Assert.Contains("console", signIn.QuerySelector(".demo-accounts")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var again = Start(demo: false, new() { ["Plenary:Demo"] = "true" });
        Assert.DoesNotContain(password, again.Console.ToString());
        Assert.Equal(DemoAccounts.All.Count, await AccountsAsync(again));
    }

    [Fact]
    public async Task TwoDemoStarts_OnTwoStores_GetTwoPasswords()
    {
        await using var other = new SqliteTestStore();
        var first = DemoPasswordLine().Match(Start(demo: false, new() { ["Plenary:Demo"] = "true" }).Console.ToString()).Groups["password"].Value;
        var second = new PlenaryWebFactory(other.Store, demo: false, settings: new Dictionary<string, string?> { ["Plenary:Demo"] = "true" });
        _sites.Add(second);
        _ = second.Server;

        Assert.NotEqual(first, DemoPasswordLine().Match(second.Console.ToString()).Groups["password"].Value);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task TheFirstAdministrator_IsMadeOnTheSetupPage_WithTheCodeFromTheConsole_ThenThePageCloses()
    {
        var site = Start(demo: false);
        var code = SetupCodeLine().Match(site.Console.ToString()).Groups["code"].Value;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/setup"));
        Dictionary<string, string> Fields(string setupCode) => new()
        {
            ["Code"] = setupCode, ["Email"] = "chief@un.example.org", ["DisplayName"] = "Chief of Section",
            ["Password"] = "a long and private passphrase", ["ConfirmPassword"] = "a long and private passphrase",
        };

        var wrong = await client.PostAsync("/setup", form.FormWith(Fields("not-the-code")));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(0, await AccountsAsync(site));

        var made = await client.PostAsync("/setup", form.FormWith(Fields(code)));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var account = await client.GetStringAsync("/account");
        Assert.Contains("Administrator", account);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        var late = site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await late.GetAsync("/setup")).StatusCode);
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlenaryUser>>();
        Assert.NotNull(await users.FindByEmailAsync("chief@un.example.org"));
    }

    [Fact]
    public async Task WithTheDemo_TheSetupPageIsClosed_AndNoCodeIsPrinted()
    {
        var site = Start(demo: true);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/setup")).StatusCode);
        Assert.DoesNotMatch(SetupCodeLine(), site.Console.ToString());
    }

    [GeneratedRegex(@"password[^:\n]*: (?<password>\S+)")]
    private static partial Regex DemoPasswordLine();

    [GeneratedRegex(@"setup code[^:\n]*: (?<code>\S+)")]
    private static partial Regex SetupCodeLine();
}
