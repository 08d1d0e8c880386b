using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;
using Plenary.Web.Pages.Account;
using Plenary.Web.Security;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// Passkeys on the server: the options endpoints refuse what they must, the completing posts turn
/// bad input into a message (never a 500), and a stored passkey is listed, renamed and removed with
/// its audit rows. The ceremony with a real authenticator is the browser test's (PasskeyBrowserTests).
/// </summary>
public abstract class PasskeyTests(DemoSiteFixture site)
{
    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path));

    private static string Token(IHtmlDocument page) => page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> PostOptionsAsync(HttpClient client, string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    private async Task<HttpClient> SignedInAsync(string account)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var client = site.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync($"{account}@plenary.demo")).StatusCode);
        return client;
    }

    [SkippableFact]
    public async Task CreationOptions_ForAnAnonymousVisitor_AreRefused_WithTheWayToSignIn()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var client = site.Client();
        var token = Token(await PageAsync(client, "/account/sign-in"));
        var response = await PostOptionsAsync(client, Passkeys.CreationOptionsPath, token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString());
    }

    [SkippableFact]
    public async Task OptionsWithoutTheAntiforgeryToken_Are400_WithAMessageThatSaysSo()
    {
        var client = await SignedInAsync("chair");
        foreach (var path in new[] { Passkeys.CreationOptionsPath, Passkeys.RequestOptionsPath })
        {
            var response = await PostOptionsAsync(client, path, token: null);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("RequestVerificationToken", await response.Content.ReadAsStringAsync());
        }
    }

    [SkippableFact]
    public async Task CreationOptions_NameTheSignedInUser_AndTheSiteAsRelyingParty()
    {
        var client = await SignedInAsync("chair");
        var response = await PostOptionsAsync(client, Passkeys.CreationOptionsPath, Token(await PageAsync(client, "/account")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var options = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("chair@plenary.demo", options.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("localhost", options.GetProperty("rp").GetProperty("id").GetString());
        Assert.Equal("required", options.GetProperty("authenticatorSelection").GetProperty("residentKey").GetString());
    }

    [SkippableFact]
    public async Task RequestOptions_ForSigningIn_NameNoAccount()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var client = site.Client();
        var response = await PostOptionsAsync(client, Passkeys.RequestOptionsPath, Token(await PageAsync(client, "/account/sign-in")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var options = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(options.GetProperty("challenge").GetString()));
        Assert.True(!options.TryGetProperty("allowCredentials", out var allowed) || allowed.GetArrayLength() == 0);
    }

    [SkippableFact]
    public async Task AddingAPasskey_WithAnAnswerThatIsNotJson_Is400_WithAMessage_AndNothingIsWritten()
    {
        var client = await SignedInAsync("bureau");
        var account = await PageAsync(client, "/account");
        await PostOptionsAsync(client, Passkeys.CreationOptionsPath, Token(account));
        var response = await client.PostAsync("/account?handler=AddPasskey", account.FormWith(new() { ["credentialJson"] = "{not json", ["passkeyName"] = "Laptop" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("is not JSON", page.QuerySelector("#passkeys [role=alert]")!.TextContent);
        Assert.Contains("You have no passkey.", page.QuerySelector("#passkeys")!.TextContent);
    }

    [SkippableFact]
    public async Task AddingAPasskey_WithAForgedAnswer_OrNoCeremonyUnderWay_Is400_WithAMessage()
    {
        var client = await SignedInAsync("bureau");
        var account = await PageAsync(client, "/account");
        var forged = """{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{"clientDataJSON":"AAAA","attestationObject":"AAAA"},"clientExtensionResults":{}}""";
        var withoutOptions = await client.PostAsync("/account?handler=AddPasskey", account.FormWith(new() { ["credentialJson"] = forged }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutOptions.StatusCode);
        Assert.Contains("expired or was already used", await withoutOptions.Content.ReadAsStringAsync());

        await PostOptionsAsync(client, Passkeys.CreationOptionsPath, Token(account));
        var afterOptions = await client.PostAsync("/account?handler=AddPasskey", account.FormWith(new() { ["credentialJson"] = forged }));
        Assert.Equal(HttpStatusCode.BadRequest, afterOptions.StatusCode);
        Assert.Contains("was not accepted", await afterOptions.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task SigningInWithAPasskey_ThatIsNotJson_Is400_AndAForgedOne_GetsTheMessageThatNamesNoAccount()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var client = site.Client();
        var signIn = await PageAsync(client, "/account/sign-in");
        var garbage = await client.PostAsync("/account/sign-in?handler=Passkey", signIn.FormWith(new() { ["credentialJson"] = "[1, 2" }));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("is not JSON", await garbage.Content.ReadAsStringAsync());

        await PostOptionsAsync(client, Passkeys.RequestOptionsPath, Token(signIn));
        var forged = """{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{"clientDataJSON":"AAAA","authenticatorData":"AAAA","signature":"AAAA"},"clientExtensionResults":{}}""";
        var refused = await client.PostAsync("/account/sign-in?handler=Passkey", signIn.FormWith(new() { ["credentialJson"] = forged }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(SignInModel.PasskeyFailure), await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode); // still signed out
    }

    [SkippableFact]
    public async Task AStoredPasskey_IsListed_Renamed_AndRemovedOnlyAfterConfirmation_EachStepAudited()
    {
        var client = await SignedInAsync("stakeholder");
        var credentialId = Guid.NewGuid().ToByteArray();
        var id = Passkeys.Encode(credentialId);
        using (var scope = site.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlenaryUser>>();
            var user = (await users.FindByEmailAsync("stakeholder@plenary.demo"))!;
            var info = new UserPasskeyInfo(credentialId, [1, 2, 3], TimeProvider.System.GetUtcNow(), 0, ["internal"], true, false, false, [4, 5], [6, 7]) { Name = "Phone" };
            Assert.True((await users.AddOrUpdatePasskeyAsync(user, info)).Succeeded);
        }

        var account = await PageAsync(client, "/account");
        Assert.Contains("Phone", account.QuerySelector("#passkeys table")!.TextContent);

        var empty = await client.PostAsync("/account?handler=RenamePasskey", account.FormWith(new() { ["passkeyId"] = id, ["passkeyName"] = "  " }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Give the passkey a name", new HtmlParser().ParseDocument(await empty.Content.ReadAsStringAsync()).QuerySelector("#rename-error")!.TextContent);

        var renamed = await client.PostAsync("/account?handler=RenamePasskey", account.FormWith(new() { ["passkeyId"] = id, ["passkeyName"] = "Work phone" }));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Work phone", (await PageAsync(client, "/account")).QuerySelector("#passkeys [role=status]")!.TextContent);

        // The first button only asks; the removal is the confirmation's post.
        var asking = await PageAsync(client, $"/account?remove={id}");
        Assert.Contains("Remove the passkey \"Work phone\"?", asking.QuerySelector("#confirm-removal")!.TextContent);
        Assert.Contains("Work phone", asking.QuerySelector("#passkeys table")!.TextContent);
        var removed = await client.PostAsync("/account?handler=RemovePasskey", asking.FormWith(new() { ["passkeyId"] = id }));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("You have no passkey.", (await PageAsync(client, "/account")).QuerySelector("#passkeys")!.TextContent);

        var another = await client.PostAsync("/account?handler=RemovePasskey", asking.FormWith(new() { ["passkeyId"] = "not-a-passkey!" }));
        Assert.Equal(HttpStatusCode.NotFound, another.StatusCode);

        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
            var rows = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Passkey" && e.EntityId == id).OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(["Added", "Modified", "Deleted"], rows.Select(r => r.Action));
            Assert.Contains("\"Name\":\"Work phone\"", rows[1].After);
            Assert.Contains("\"PublicKey\":\"AQID\"", rows[0].After); // public by design; nothing secret is in a passkey row
            Assert.Equal("stakeholder@plenary.demo", rows[1].Actor);
        }
    }
}

public sealed class SqlitePasskeyTests(SqliteDemoSite site) : PasskeyTests(site), IClassFixture<SqliteDemoSite>;

public sealed class PostgresPasskeyTests(PostgresDemoSite site) : PasskeyTests(site), IClassFixture<PostgresDemoSite>;
