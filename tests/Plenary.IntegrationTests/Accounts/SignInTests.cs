using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>Signing in and out, the account page, lockout, and what every response carries.</summary>
public sealed class SignInTests(SqliteDemoSite site) : IClassFixture<SqliteDemoSite>
{
    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) => client.SignInAsync(email, password);

    [Fact]
    public async Task SignInPage_OfTheDemo_ShowsOneAccountPerRole_ButNeverTheirPassword()
    {
        var page = new HtmlParser().ParseDocument(await site.Client().GetStringAsync("/account/sign-in"));
        var emails = page.QuerySelectorAll(".demo-accounts td code").Select(c => c.TextContent).ToList();
        Assert.Equal(DemoAccounts.All.Select(a => a.Email), emails);
        Assert.DoesNotContain(TestSignIn.DemoPassword, page.Source.Text);
    }

    [Fact]
    public async Task TheSecretariatAccount_SignsIn_SeesItsRole_AndSignsOut()
    {
        var client = site.Client();
        var signIn = await SignInAsync(client, "secretariat@plenary.demo", TestSignIn.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account", signIn.Headers.Location!.OriginalString);

        var account = new HtmlParser().ParseDocument(await client.GetStringAsync("/account"));
        Assert.Contains("Secretariat (Expert Group)", account.QuerySelector("main")!.TextContent);
        Assert.Contains("Demo Secretariat officer", account.QuerySelector("header")!.TextContent);

        var token = await TokenAsync(client, "/account");
        var signOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmail_GetTheSameMessage()
    {
        var wrongPassword = await (await SignInAsync(site.Client(), "chair@plenary.demo", "not the password")).Content.ReadAsStringAsync();
        var unknownEmail = await (await SignInAsync(site.Client(), "nobody@plenary.demo", "not the password")).Content.ReadAsStringAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Plenary.Web.Pages.Account.SignInModel.Failure), wrongPassword);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Plenary.Web.Pages.Account.SignInModel.Failure), unknownEmail);
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_SoEvenTheRightPasswordFails()
    {
        for (var i = 0; i < 5; i++) await SignInAsync(site.Client(), "bureau@plenary.demo", "wrong password " + i);
        var right = await SignInAsync(site.Client(), "bureau@plenary.demo", TestSignIn.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheAccountPage_SendsAnonymousVisitorsToSignIn()
    {
        var response = await site.Client().GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=%2Faccount", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ChangingThePassword_WithMismatchedOrShortValues_SaysWhyNextToTheField()
    {
        var client = site.Client();
        await SignInAsync(client, "stakeholder@plenary.demo", TestSignIn.DemoPassword);
        var token = await TokenAsync(client, "/account");
        var response = await client.PostAsync("/account", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestSignIn.DemoPassword, ["NewPassword"] = "short", ["ConfirmPassword"] = "different", ["__RequestVerificationToken"] = token,
        }));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".field-error").Select(e => e.TextContent).Where(t => t.Length > 0).ToList();
        Assert.Contains(errors, e => e.Contains("at least 12 characters"));
        Assert.Contains(errors, e => e.Contains("differ"));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRefused()
    {
        var response = await site.Client().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@plenary.demo", ["Password"] = TestSignIn.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        var response = await site.Client().GetAsync("/bodies/eg-cybercrime");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task TheSignInCookie_IsHttpOnlyAndLax_AndItsKeysAreKeptInTheStore()
    {
        var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/account/sign-in");
        var page = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync());
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "admin@plenary.demo", ["Password"] = TestSignIn.DemoPassword,
                ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            }),
        };
        request.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var response = await client.SendAsync(request);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("plenary=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        using var scope = site.Factory.Services.CreateScope();
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().DataProtectionKeys.ToListAsync());
    }

    /// <summary>
    /// Every route names what it needs: public (AllowAnonymous) or a policy. A new route that names
    /// neither fails here, so nothing is reachable by accident.
    /// </summary>
    [Fact]
    public void EveryRoute_NamesItsAuthorization()
    {
        var endpoints = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var unnamed = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.True(unnamed.Count == 0, "Routes without an authorization decision: " + string.Join(", ", unnamed));
    }
}

/// <summary>Sign-in attempts from one address are limited, on top of the per-account lockout.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private PlenaryWebFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new PlenaryWebFactory(_store.Store, signInAttemptsPerMinute: 3);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task TheFourthAttemptInAMinute_IsTurnedAwayWith429_ButReadingTheFormIsNot()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            codes.Add((await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.org" }))).StatusCode);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, codes.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[3]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }
}
