using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>Personal access tokens: created and revoked on the account page, used for the API's writes.</summary>
public sealed class TokenTests : FreshSiteTests
{
    private const string Meeting = "/api/v1/bodies/eg-cybercrime/meetings/7";
    private const string Items = Meeting + "/agenda/items";

    private async Task<(HttpClient Browser, string Token)> TokenForAsync(string email)
    {
        var browser = Site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email)).StatusCode);
        var account = new HtmlParser().ParseDocument(await browser.GetStringAsync("/account"));
        var created = await browser.PostAsync("/account?handler=CreateToken", account.FormWith(new() { ["tokenName"] = "tests", ["tokenDays"] = "30" }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var shown = new HtmlParser().ParseDocument(await browser.GetStringAsync("/account"));
        var token = shown.QuerySelector("#new-token")!.TextContent;
        var again = new HtmlParser().ParseDocument(await browser.GetStringAsync("/account"));
        Assert.Null(again.QuerySelector("#new-token")); // shown once only
        return (browser, token);
    }

    private HttpClient Api(string? token) => Site.Api(token);

    private async Task<int> VersionAsync() => (await Site.ReadAsync(Meeting)).GetProperty("version").GetInt32();

    [Fact]
    public async Task TheSecretariatsToken_AddsAnItem_AndAStaleVersionIsAConflict()
    {
        var (_, token) = await TokenForAsync("secretariat@plenary.demo");
        var version = await VersionAsync();

        var added = await Api(token).PostAsJsonAsync(Items, new { version, title = "Election of officers" });
        var stale = await Api(token).PostAsJsonAsync(Items, new { version, title = "Another item" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed by someone else", await stale.Content.ReadAsStringAsync());
        var meeting = JsonDocument.Parse(await Api(null).GetStringAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).RootElement;
        Assert.Contains(meeting.GetProperty("agenda").GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == "Election of officers");
    }

    [Fact]
    public async Task ADelegatesToken_Gets403_AndNothingIsWritten()
    {
        var (_, token) = await TokenForAsync("delegate@plenary.demo");
        var version = await VersionAsync();

        var response = await Api(token).PostAsJsonAsync(Items, new { version, title = "Not allowed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task NoTokenARevokedTokenAndACookieAlone_Get401()
    {
        var (browser, token) = await TokenForAsync("secretariat@plenary.demo");
        var account = new HtmlParser().ParseDocument(await browser.GetStringAsync("/account"));
        var asking = account.QuerySelector("a[href*='revokeToken=']")!.GetAttribute("href")!;
        var confirm = new HtmlParser().ParseDocument(await browser.GetStringAsync(asking));
        Assert.Contains("Revoke the token \"tests\"?", confirm.QuerySelector("#confirm-removal")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api(token).PostAsJsonAsync(Items, new { })).StatusCode); // asking revoked nothing: the token still gets past authentication
        var tokenId = confirm.QuerySelector("#confirm-removal input[name=tokenId]")!.GetAttribute("value")!;
        await browser.PostAsync("/account?handler=RevokeToken", confirm.FormWith(new() { ["tokenId"] = tokenId }));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(null).PostAsJsonAsync(Items, new { version = 1, title = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(token).PostAsJsonAsync(Items, new { version = 1, title = "x" })).StatusCode);
        var cookieOnly = await browser.PostAsJsonAsync(Items, new { version = 1, title = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, cookieOnly.StatusCode);
        Assert.Equal("application/problem+json", cookieOnly.Content.Headers.ContentType?.MediaType);
        Assert.Contains("personal access token", await cookieOnly.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APostWithoutAJsonBody_IsTold415AsProblemDetails()
    {
        var (_, token) = await TokenForAsync("secretariat@plenary.demo");
        var response = await Api(token).PostAsync(Items, new StringContent("title=x"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"title\":\"x\"}", "version")]
    [InlineData("{\"version\":1}", "title")]
    public async Task AMissingField_IsA400NamingIt(string body, string field)
    {
        var (_, token) = await TokenForAsync("secretariat@plenary.demo");
        var response = await Api(token).PostAsync(Items, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
    }
}
