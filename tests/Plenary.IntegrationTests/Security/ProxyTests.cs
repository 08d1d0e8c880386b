using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Html.Parser;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Security;

/// <summary>
/// Behind a reverse proxy: X-Forwarded-For, -Proto and -Host are honoured from the proxies named in
/// Plenary:Proxy only; then the sign-in cookie is Secure, HSTS is sent, and the sign-in limit counts
/// each client, not the proxy. Served by Kestrel on 127.0.0.1, the address the proxy is in these tests.
/// </summary>
public sealed class ProxyTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private readonly List<PlenaryWebFactory> _sites = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var site in _sites) await site.DisposeAsync();
        await _store.DisposeAsync();
    }

    private PlenaryWebFactory Start(string? proxy, int attempts = 1000)
    {
        var settings = new Dictionary<string, string?>();
        if (proxy is not null) settings["Plenary:Proxy:KnownProxies:0"] = proxy;
        var site = new PlenaryWebFactory(_store.Store, signInAttemptsPerMinute: attempts, settings: settings);
        site.UseKestrel(0);
        site.StartServer();
        _sites.Add(site);
        return site;
    }

    private static async Task<HttpResponseMessage> SignInAsync(PlenaryWebFactory site, string client, string password = TestSignIn.DemoPassword)
    {
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(address) };
        HttpRequestMessage Forwarded(HttpMethod method, HttpContent? content = null)
        {
            var request = new HttpRequestMessage(method, "/account/sign-in") { Content = content };
            request.Headers.Add("X-Forwarded-For", client);
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-Host", "plenary.example.org");
            return request;
        }
        var form = await http.SendAsync(Forwarded(HttpMethod.Get));
        var page = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync());
        return await http.SendAsync(Forwarded(HttpMethod.Post, page.FormWith(new() { ["Email"] = "chair@plenary.demo", ["Password"] = password })));
    }

    private static string? SignInCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.FirstOrDefault(c => c.StartsWith("plenary=", StringComparison.Ordinal)) : null;

    [Fact]
    public async Task FromTheConfiguredProxy_TheCookieIsSecure_AndHstsIsSent()
    {
        var response = await SignInAsync(Start("127.0.0.1"), "203.0.113.9");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("secure", SignInCookie(response)!, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.0.0.5")]
    public async Task WithoutAConfiguredProxy_OrFromAnotherAddress_TheForwardedHeadersAreIgnored(string? proxy)
    {
        var response = await SignInAsync(Start(proxy), "203.0.113.9");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain("secure", SignInCookie(response)!, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task BehindTheProxy_TheSignInLimitCountsEachClient()
    {
        var site = Start("127.0.0.1", attempts: 3);
        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) first.Add((await SignInAsync(site, "203.0.113.9", "wrong " + i)).StatusCode);

        var other = await SignInAsync(site, "198.51.100.7", "wrong again");

        Assert.Equal(HttpStatusCode.TooManyRequests, first[3]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredProxy_ForgedClientAddresses_ShareOneLimit()
    {
        var site = Start(null, attempts: 3);
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) codes.Add((await SignInAsync(site, $"203.0.113.{i + 1}", "wrong " + i)).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, codes[3]);
    }
}
