using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Security;

/// <summary>No request a client can send gets a 500: each odd one gets the 4xx that says what is wrong.</summary>
public abstract class NoServerErrorTests : FreshSiteTests
{
    [SkippableFact]
    public async Task ACheckboxValueThatIsNotABoolean_IsRefusedOnTheForm_NotA500()
    {
        var client = Anonymous();
        var page = await ParseAsync(client, "/account/sign-in");

        var response = await client.PostAsync("/account/sign-in", page.FormWith(new() { ["Email"] = "chair@plenary.demo", ["Password"] = TestSignIn.DemoPassword, ["RememberMe"] = "maybe" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ticked or not", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode); // not signed in
    }

    [SkippableTheory]
    [InlineData("/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF", "Present")]
    [InlineData("/bodies/eg-cybercrime/workplans", "IsStocktaking")]
    public async Task ACheckboxValueThatIsNotABoolean_OnAnEditorForm_IsA400(string path, string checkbox)
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, path);
        var form = page.QuerySelectorAll("form[method=post]").First(f => f.QuerySelector($"input[name={checkbox}]") is not null);
        var fields = form.QuerySelectorAll("input[name]").Where(i => i.GetAttribute("type") is not ("checkbox" or "submit"))
            .GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        fields[checkbox] = "maybe";

        var response = await client.PostAsync(form.GetAttribute("action") ?? path, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Named: next to its box, or (a box the form keeps hidden) above the forms by its name.
        var alert = Assert.Single((await ParseAsync(response)).QuerySelectorAll("[role=alert]"), e => e.TextContent.Contains("'maybe' is not a value of this box", StringComparison.Ordinal));
        Assert.True(alert.Id?.Contains(checkbox, StringComparison.Ordinal) == true || alert.TextContent.StartsWith(checkbox + ":", StringComparison.Ordinal), alert.OuterHtml);
    }

    [SkippableTheory]
    [InlineData("POST", "/bodies/eg-cybercrime")]
    [InlineData("POST", "/bodies/eg-cybercrime/meetings/7")]
    [InlineData("POST", "/bodies/eg-cybercrime/documents")]
    [InlineData("POST", "/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1")]
    [InlineData("POST", "/bodies/eg-cybercrime/meetings/7/documents/agenda")]
    [InlineData("PUT", "/bodies/eg-cybercrime/meetings/7")]
    [InlineData("DELETE", "/bodies/eg-cybercrime")]
    [InlineData("TRACE", "/bodies/eg-cybercrime")]
    [InlineData("TRACE", "/bodies/eg-cybercrime/meetings/7")]
    public async Task AnotherMethodThanGet_OnAReadOnlyPage_WithAValidToken_Is405(string method, string path)
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, "/account");

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = page.FormWith([]) });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [SkippableTheory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task AnUnknownHandler_Is404(string method)
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, "/account");

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/bodies/eg-cybercrime/meetings/7/agenda?handler=Explode") { Content = method == "POST" ? page.FormWith([]) : null });
        var onAReadPage = await client.GetAsync("/bodies/eg-cybercrime/meetings/7?handler=Explode");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onAReadPage.StatusCode);
    }

    [SkippableTheory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("101")]
    [InlineData("204")]
    [InlineData("304")]
    [InlineData("99999")]
    [InlineData("-1")]
    [InlineData("abc")]
    public async Task TheErrorPage_NeverAnswersWithAStatusThatIsNotAnError(string status)
    {
        var response = await Anonymous().GetAsync("/error?status=" + status);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Something went wrong", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task TheErrorPage_KeepsARealErrorStatus()
    {
        var response = await Anonymous().GetAsync("/error?status=404");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task TwoRegistrationsOfTheSameNewSymbolAtOnce_NeverGiveA500_AndOneIsRefusedNamingTheSymbol()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        for (var round = 0; round < 8; round++)
        {
            var symbol = $"UNODC/CCPCJ/EG.4/2021/INF/{round + 10}";
            var body = new { symbol, title = "Information for participants", type = "informationDocument", distribution = "general", originalLanguage = "en", languageVersions = new[] { "en" } };
            var both = await Task.WhenAll(api.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/documents", body), api.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/documents", body));

            Assert.Single(both, r => r.StatusCode == HttpStatusCode.Created);
            var refused = Assert.Single(both, r => r.StatusCode != HttpStatusCode.Created);
            Assert.True(refused.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest, $"round {round}: {(int)refused.StatusCode}");
            Assert.Contains(symbol, await refused.Content.ReadAsStringAsync());
        }
    }
}

public sealed class SqliteNoServerErrorTests : NoServerErrorTests;

public sealed class PostgresNoServerErrorTests : NoServerErrorTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}

/// <summary>An unexpected failure under /api is answered with problem details, never the HTML error page.</summary>
public sealed class ApiFailureTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private PlenaryWebFactory _site = null!;

    private sealed class FailingStore : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default) =>
            command.Parameters.Cast<DbParameter>().Any(p => p.Value as string == "store-failure")
                ? throw new InvalidOperationException("The store failed in a way nobody foresaw.")
                : base.ReaderExecutingAsync(command, eventData, result, ct);
    }

    public Task InitializeAsync()
    {
        _site = new PlenaryWebFactory(_store.Store);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task AnUnexpectedException_UnderTheApi_IsA500ProblemInJson()
    {
        var site = _site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureDbContext<PlenaryDbContext>(o => o.AddInterceptors(new FailingStore()))));
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var api = await client.GetAsync("/api/v1/bodies/store-failure");
        var page = await client.GetAsync("/bodies/store-failure");

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("nobody foresaw", problem.ToString()); // no internals
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
