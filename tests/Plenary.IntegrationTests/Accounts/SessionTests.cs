using System.Net;
using System.Net.Http.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// Sessions end where they should: signing out or changing the password ends the account's other
/// sessions at once; failed sign-ins lock the web sign-in but not the account's tokens.
/// </summary>
public sealed class SessionTests : FreshSiteTests
{
    private static async Task<bool> SignedInStillAsync(HttpClient client) => (await client.GetAsync("/account")).StatusCode == HttpStatusCode.OK;

    [SkippableFact]
    public async Task SigningOut_EndsTheAccountsSessionsOnOtherDevicesToo()
    {
        var laptop = await SignedInAsync("chair@plenary.demo");
        var phone = await SignedInAsync("chair@plenary.demo");

        var form = await ParseAsync(laptop, "/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.PostAsync("/account/sign-out", form.FormWith([]))).StatusCode);

        Assert.False(await SignedInStillAsync(laptop));
        Assert.False(await SignedInStillAsync(phone));
    }

    [SkippableFact]
    public async Task ChangingThePassword_EndsTheOtherSessions_KeepsThisOne_AndSaysTheTokensStay()
    {
        var laptop = await SignedInAsync("bureau@plenary.demo");
        var phone = await SignedInAsync("bureau@plenary.demo");
        var account = await ParseAsync(laptop, "/account");

        var changed = await laptop.PostAsync("/account", account.FormWith(new()
        {
            ["CurrentPassword"] = TestSignIn.DemoPassword, ["NewPassword"] = "an entirely new passphrase", ["ConfirmPassword"] = "an entirely new passphrase",
        }));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(await SignedInStillAsync(laptop));
        Assert.False(await SignedInStillAsync(phone));
        var after = await ParseAsync(laptop, changed.Headers.Location!.ToString());
        Assert.Contains("personal access tokens", after.QuerySelector("[role=status]")!.TextContent);
    }

    [SkippableFact]
    public async Task FiveFailedSignIns_LockTheWebSignIn_ButNotTheAccountsTokens()
    {
        var token = await Site.TokenForAsync("secretariat@plenary.demo");
        for (var i = 0; i < 5; i++) await Anonymous().SignInAsync("secretariat@plenary.demo", "a wrong password " + i);

        var web = await Anonymous().SignInAsync("secretariat@plenary.demo");
        var api = await Site.Api(token).PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items", new { version = 1, title = "Still allowed" });

        Assert.Equal(HttpStatusCode.OK, web.StatusCode); // the form again: locked
        Assert.Contains("locked", await web.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
    }
}
