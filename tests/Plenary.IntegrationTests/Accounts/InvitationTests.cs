using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plenary.Application.Accounts;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.Cli;
using Plenary.Domain.Accounts;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// Invitations by link: the Secretariat invites on /account/invitations (or with the CLI), the
/// invitee accepts at /invitations/{token}; every link that is not pending gets the same page.
/// Each test has its own store and web app, with a clock the test moves.
/// </summary>
public abstract class InvitationTests : IAsyncLifetime
{
    private const string NoLongerValid = "The invitation link has expired, was revoked or has been used already. Ask the secretariat that invited you for a new one.";

    protected abstract ITestStore NewStore();

    private ITestStore? _store;
    private PlenaryWebFactory? _factory;
    private WebApplicationFactory<Program>? _site;
    private readonly FixedClock _clock = new(TimeProvider.System.GetUtcNow());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
    }

    /// <summary>The store (migrated, as `plenary db migrate` would) and the web app, made on first use so a missing server skips the test.</summary>
    private async Task<WebApplicationFactory<Program>> SiteAsync(int signInAttemptsPerMinute = 1000)
    {
        if (_site is not null) return _site;
        _store = NewStore();
        await using (await _store.MigratedContextAsync()) { }
        _factory = new PlenaryWebFactory(_store.Store, signInAttemptsPerMinute);
        _site = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(_clock);
        }));
        _ = _site.Server;
        return _site;
    }

    private async Task<HttpClient> ClientAsync(string? email = null)
    {
        var client = (await SiteAsync()).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null) Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        return client;
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path) => new HtmlParser().ParseDocument(await client.GetStringAsync(path));

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient secretariat, Dictionary<string, string> fields) =>
        await secretariat.PostAsync("/account/invitations", (await PageAsync(secretariat, "/account/invitations")).FormWith(fields));

    /// <summary>Invites on the page as the Secretariat and returns the link's path, read from the page that shows it once.</summary>
    private async Task<string> InviteOnThePageAsync(string email, string role = "Delegate", string? state = "fra", string? organization = null, string days = "14")
    {
        var secretariat = await ClientAsync("secretariat@plenary.demo");
        Assert.NotNull((await PageAsync(secretariat, "/account")).QuerySelector("a[href='/account/invitations']"));
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Role"] = role, ["State"] = state ?? "", ["Organization"] = organization ?? "", ["Days"] = days };
        var created = await InviteAsync(secretariat, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var shown = await PageAsync(secretariat, "/account/invitations");
        var link = shown.QuerySelector("#new-link")!.TextContent;
        Assert.Contains("Plenary sends no mail", shown.QuerySelector("main")!.TextContent);
        Assert.Null((await PageAsync(secretariat, "/account/invitations")).QuerySelector("#new-link")); // shown once only
        Assert.StartsWith("http://localhost/invitations/", link);
        return new Uri(link).AbsolutePath;
    }

    private static async Task<HttpResponseMessage> AcceptAsync(HttpClient client, string path, string name, string password, string? confirm = null) =>
        await client.PostAsync(path, (await PageAsync(client, path)).FormWith(new() { ["DisplayName"] = name, ["Password"] = password, ["ConfirmPassword"] = confirm ?? password }));

    private async Task<T> InStoreAsync<T>(Func<PlenaryDbContext, Task<T>> read)
    {
        await using var db = _store!.Store.CreateContext();
        return await read(db);
    }

    private async Task<List<AuditEntry>> AuditOfInvitationsAsync() =>
        await InStoreAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Invitation)).OrderBy(e => e.Id).ToListAsync());

    private static string ErrorFor(IHtmlDocument page, string field) => page.QuerySelector($"[data-valmsg-for={field}]")?.TextContent ?? "";

    [SkippableFact]
    public async Task AnInvitee_AcceptsTheLink_AndIsSignedInWithTheRoleAndScope()
    {
        var path = await InviteOnThePageAsync("jane@example.org");
        var invitee = await ClientAsync();

        var invitation = await PageAsync(invitee, path);
        Assert.Contains("Demo Secretariat officer", invitation.QuerySelector("main")!.TextContent);
        Assert.Equal("A delegate of France", invitation.QuerySelector("#invited-role")!.TextContent);

        var accepted = await AcceptAsync(invitee, path, "Jane Doe (France)", "a long enough passphrase");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/account", accepted.Headers.Location!.OriginalString);
        var account = await PageAsync(invitee, "/account");
        Assert.Contains("Delegate (Expert Group, France)", account.QuerySelector("main")!.TextContent);
        Assert.Contains("Welcome to Plenary", account.QuerySelector("main")!.TextContent);
        Assert.Contains("Jane Doe (France)", account.QuerySelector("header")!.TextContent);

        var list = await PageAsync(await ClientAsync("secretariat@plenary.demo"), "/account/invitations");
        Assert.StartsWith("Accepted", list.QuerySelector("tbody tr td.status")!.TextContent);

        // One audit row for the creation (by the Secretariat) and one for the acceptance (by the invitee); never the token's hash.
        var audit = await AuditOfInvitationsAsync();
        Assert.Equal(["Added", "Modified"], audit.Select(e => e.Action));
        Assert.Equal("secretariat@plenary.demo", audit[0].Actor);
        Assert.Equal("jane@example.org", audit[1].Actor);
        Assert.Contains("jane@example.org", audit[0].After);
        var hash = await InStoreAsync(db => db.Invitations.Select(i => i.TokenHash).SingleAsync());
        Assert.All(await InStoreAsync(db => db.AuditEntries.ToListAsync()), e =>
        {
            Assert.DoesNotContain(hash, (e.Before ?? "") + e.After);
            Assert.DoesNotContain("TokenHash", (e.Before ?? "") + e.After);
        });
    }

    [SkippableFact]
    public async Task ExpiredRevokedUsedAndUnknownLinks_AllGetTheSameNoLongerValidPage()
    {
        var used = await InviteOnThePageAsync("used@example.org");
        var revoked = await InviteOnThePageAsync("revoked@example.org");
        var expired = await InviteOnThePageAsync("expired@example.org", days: "1");
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(await ClientAsync(), used, "Used", "a long enough passphrase")).StatusCode);

        // Revoking: a first button shows a confirmation panel, then the real post.
        var secretariat = await ClientAsync("secretariat@plenary.demo");
        var id = await InStoreAsync(db => db.Invitations.Where(i => i.Email == "revoked@example.org").Select(i => i.Id).SingleAsync());
        var confirm = await PageAsync(secretariat, $"/account/invitations?revoke={id}");
        Assert.Contains("Revoke the invitation for revoked@example.org?", confirm.QuerySelector("#confirm-heading")!.TextContent);
        var form = confirm.QuerySelector("#confirm-removal form")!;
        var revoke = await secretariat.PostAsync(form.GetAttribute("action"), confirm.FormWith(new() { ["id"] = id.ToString() }));
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        // A form opened while the link still worked, and posted after it expired.
        var lateClient = await ClientAsync();
        var lateForm = (await PageAsync(lateClient, expired)).FormWith(new() { ["DisplayName"] = "Late", ["Password"] = "a long enough passphrase", ["ConfirmPassword"] = "a long enough passphrase" });
        _clock.Now = _clock.Now.AddDays(2);

        var pages = new List<string>();
        foreach (var path in new[] { used, revoked, expired, "/invitations/" + new string('x', 43) })
        {
            var anonymous = await ClientAsync();
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = await ParseAsync(response);
            Assert.Equal(NoLongerValid, page.QuerySelector("#invalid-link")!.TextContent);
            Assert.Null(page.QuerySelector("form[method=post]"));
            pages.Add(page.QuerySelector("main")!.InnerHtml);
        }
        Assert.Single(pages.Distinct());

        // The late post writes nothing and gets the same page.
        var before = await InStoreAsync(db => db.Users.CountAsync());
        var late = await lateClient.PostAsync(expired, lateForm);
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal(NoLongerValid, (await ParseAsync(late)).QuerySelector("#invalid-link")!.TextContent);
        Assert.Equal(before, await InStoreAsync(db => db.Users.CountAsync()));

        secretariat = await ClientAsync("secretariat@plenary.demo"); // the earlier sign-in has expired with the clock
        var list = await PageAsync(secretariat, "/account/invitations");
        var statuses = list.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td.status")!.TextContent);
        Assert.StartsWith("Accepted", statuses["used@example.org"]);
        Assert.StartsWith("Revoked", statuses["revoked@example.org"]);
        Assert.Equal("Expired", statuses["expired@example.org"]);

        var audit = await AuditOfInvitationsAsync();
        Assert.Equal(3, audit.Count(e => e.Action == "Added"));
        var modified = audit.Where(e => e.Action == "Modified").ToList();
        Assert.Equal(2, modified.Count); // the acceptance and the revocation
        Assert.Contains(modified, e => e.Actor == "secretariat@plenary.demo" && e.After!.Contains("revoked@example.org"));
    }

    [SkippableFact]
    public async Task TheInviteForm_RefusesEachBadField_NextToIt_AndWritesNothing()
    {
        var secretariat = await ClientAsync("secretariat@plenary.demo");
        var cases = new (string Field, Dictionary<string, string> Form, string Message)[]
        {
            ("Email", new() { ["Email"] = "not-an-email", ["Role"] = "Delegate", ["State"] = "FRA", ["Days"] = "14" }, "is not an email address"),
            ("Email", new() { ["Email"] = "", ["Role"] = "Delegate", ["State"] = "FRA", ["Days"] = "14" }, "Give the invitee's email address"),
            ("Role", new() { ["Email"] = "a@example.org", ["Role"] = "Administrator", ["Days"] = "14" }, "An invitation is for a delegate or a stakeholder"),
            ("Role", new() { ["Email"] = "a@example.org", ["Role"] = "Emperor", ["Days"] = "14" }, "Choose Delegate or Stakeholder"),
            ("State", new() { ["Email"] = "a@example.org", ["Role"] = "Delegate", ["State"] = "", ["Days"] = "14" }, "give the State's three-letter code"),
            ("State", new() { ["Email"] = "a@example.org", ["Role"] = "Delegate", ["State"] = "F1", ["Days"] = "14" }, "'F1' is not a State in the register"),
            ("State", new() { ["Email"] = "a@example.org", ["Role"] = "Delegate", ["State"] = "XYZ", ["Days"] = "14" }, "'XYZ' is not a State in the register; pick a Member State or observer State by name or by its three-letter code, such as ZAF for South Africa."),
            ("Organization", new() { ["Email"] = "a@example.org", ["Role"] = "Stakeholder", ["Organization"] = " ", ["Days"] = "14" }, "A stakeholder acts for one organization"),
            ("Organization", new() { ["Email"] = "a@example.org", ["Role"] = "Stakeholder", ["Organization"] = new string('o', 301), ["Days"] = "14" }, "at most 300 characters"),
            ("Days", new() { ["Email"] = "a@example.org", ["Role"] = "Delegate", ["State"] = "FRA", ["Days"] = "0" }, "valid for 1 to 90 days"),
            ("Days", new() { ["Email"] = "a@example.org", ["Role"] = "Delegate", ["State"] = "FRA", ["Days"] = "91" }, "valid for 1 to 90 days"),
            ("Days", new() { ["Email"] = "a@example.org", ["Role"] = "Delegate", ["State"] = "FRA", ["Days"] = "soon" }, "from 1 to 90"),
            ("Days", new() { ["Email"] = "a@example.org", ["Role"] = "Delegate", ["State"] = "FRA", ["Days"] = "" }, "from 1 to 90"),
        };
        foreach (var (field, form, message) in cases)
        {
            var response = await InviteAsync(secretariat, form);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field} '{string.Join(",", form.Values)}': {(int)response.StatusCode}");
            var page = await ParseAsync(response);
            Assert.Contains(message, ErrorFor(page, field));
            Assert.Equal("alert", page.QuerySelector($"[data-valmsg-for={field}]")!.GetAttribute("role"));
        }
        Assert.Equal(0, await InStoreAsync(db => db.Invitations.CountAsync()));
    }

    [SkippableFact]
    public async Task TheAcceptForm_RefusesEachBadField_NextToIt_AndTheLinkStillWorks()
    {
        var path = await InviteOnThePageAsync("sam@example.org", "Stakeholder", null, "UNICRI");
        var invitee = await ClientAsync();
        foreach (var (field, name, password, confirm, message) in new[]
        {
            ("DisplayName", "", "a long enough passphrase", "a long enough passphrase", "Give your name"),
            ("DisplayName", new string('n', 201), "a long enough passphrase", "a long enough passphrase", "at most 200 characters"),
            ("Password", "Sam", "", "", "Choose a password"),
            ("Password", "Sam", "too short", "too short", "at least 12 characters"),
            ("ConfirmPassword", "Sam", "a long enough passphrase", "another passphrase", "The two passwords differ"),
        })
        {
            var response = await AcceptAsync(invitee, path, name, password, confirm);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, ErrorFor(await ParseAsync(response), field));
        }
        Assert.False(await InStoreAsync(db => db.Users.AnyAsync(u => u.Email == "sam@example.org")));
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(invitee, path, "Sam", "a long enough passphrase")).StatusCode);
        Assert.Contains("Stakeholder (Expert Group, UNICRI)", (await PageAsync(invitee, "/account")).QuerySelector("main")!.TextContent);
    }

    [SkippableFact]
    public async Task AnInviteeWithAnAccount_SignsInWithIt_ThenTheRoleIsAddedToIt()
    {
        var path = await InviteOnThePageAsync("delegate@plenary.demo", "Stakeholder", null, "UNICRI");

        var anonymous = await ClientAsync();
        var page = await PageAsync(anonymous, path);
        Assert.Contains("has an account already", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("input[name=Password]"));
        // A post of the new-account form anyway (the page offers none) creates nothing.
        var sneaky = await anonymous.PostAsync(path, (await PageAsync(anonymous, "/account/sign-in")).FormWith(new() { ["DisplayName"] = "X", ["Password"] = "a long enough passphrase", ["ConfirmPassword"] = "a long enough passphrase" }));
        Assert.Equal(HttpStatusCode.BadRequest, sneaky.StatusCode);
        Assert.Contains("sign in with it", (await ParseAsync(sneaky)).QuerySelector("[role=alert]")!.TextContent);

        var someoneElse = await ClientAsync("chair@plenary.demo");
        Assert.Contains("signed in with another account", (await PageAsync(someoneElse, path)).QuerySelector("main")!.TextContent);

        var delegateClient = await ClientAsync("delegate@plenary.demo");
        var mine = await PageAsync(delegateClient, path);
        var join = await delegateClient.PostAsync(mine.QuerySelector("form[method=post]")!.GetAttribute("action"), mine.FormWith(new()));
        Assert.Equal(HttpStatusCode.Redirect, join.StatusCode);
        var account = (await PageAsync(delegateClient, "/account")).QuerySelector("main")!.TextContent;
        Assert.Contains("Delegate (Expert Group, South Africa)", account);
        Assert.Contains("Stakeholder (Expert Group, UNICRI)", account);
        Assert.Equal(HttpStatusCode.NotFound, (await delegateClient.GetAsync(path)).StatusCode); // used
    }

    [SkippableFact]
    public async Task ADelegateCannotInviteOrRevoke()
    {
        var path = await InviteOnThePageAsync("kim@example.org");
        var id = await InStoreAsync(db => db.Invitations.Select(i => i.Id).SingleAsync());
        var delegateClient = await ClientAsync("delegate@plenary.demo");
        var antiforgery = new Dictionary<string, string>();
        var account = await PageAsync(delegateClient, "/account");
        Assert.Null(account.QuerySelector("a[href='/account/invitations']"));
        account.FormWith(antiforgery);
        var token = antiforgery["__RequestVerificationToken"];

        var invite = await delegateClient.PostAsync("/account/invitations", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Email"] = "x@example.org", ["Role"] = "Delegate", ["State"] = "ZAF", ["Days"] = "14", ["__RequestVerificationToken"] = token }));
        var revoke = await delegateClient.PostAsync("/account/invitations?handler=Revoke", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["id"] = id.ToString(), ["__RequestVerificationToken"] = token }));

        Assert.StartsWith("http://localhost/account/denied", invite.Headers.Location!.ToString());
        Assert.StartsWith("http://localhost/account/denied", revoke.Headers.Location!.ToString());
        Assert.Equal(1, await InStoreAsync(db => db.Invitations.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await (await ClientAsync()).GetAsync(path)).StatusCode); // still pending
    }

    [SkippableFact]
    public async Task PostsToAnInvitationLink_AreRateLimitedLikeSignIn()
    {
        await SiteAsync(signInAttemptsPerMinute: 2);
        var path = await InviteOnThePageAsync("lee@example.org");
        var client = await ClientAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await AcceptAsync(client, path, "", "short")).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    private async Task<(int Code, string Out, string Err)> CliAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var provider = _store!.Store.Provider.ToString();
        var code = await CliRunner.RunAsync(PlenaryCli.Build(), [.. args, "--provider", provider, "--connection", _store.Store.ConnectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [SkippableFact]
    public async Task TheCli_InvitesWithALinkThatWorks_ListsInvitations_AndNamesTheOptionOfABadArgument()
    {
        await SiteAsync();
        var invite = await CliAsync("users", "invite", "--email", "ana@example.org", "--role", "stakeholder", "--body", "eg-cybercrime", "--organization", "UNICRI", "--days", "30", "--base-url", "https://plenary.example.org/");
        Assert.True(invite.Code == 0, invite.Err);
        var link = invite.Out.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("https://", StringComparison.Ordinal));
        Assert.StartsWith("https://plenary.example.org/invitations/", link);
        Assert.Contains("Plenary sends no mail", invite.Out);
        // Prose in UN style: "the link works until 4.15 p.m. (UTC) on 27 December 2026", never an ISO date.
        Assert.Matches(@"the link works until (\d{1,2}(\.\d\d)? [ap]\.m\.|noon|midnight) \(UTC\) on \d{1,2} [A-Z][a-z]+ \d{4}\.", invite.Out);
        Assert.DoesNotMatch(@"\d{4}-\d\d-\d\d", invite.Out.Split('\n')[0]);

        var path = new Uri(link).AbsolutePath;
        var invitation = await PageAsync(await ClientAsync(), path);
        Assert.Equal("A stakeholder for UNICRI", invitation.QuerySelector("#invited-role")!.TextContent);
        Assert.StartsWith("cli:", invitation.QuerySelector("dd")!.TextContent);

        var list = await CliAsync("users", "invitations");
        Assert.Equal(0, list.Code);
        Assert.Contains("ana@example.org\tExpert Group\tstakeholder (UNICRI)\tpending", list.Out);

        foreach (var (args, option, rule) in new (string[], string, string)[]
        {
            (["--body", "eg-cybercrime", "--email", "ana", "--role", "Delegate", "--state", "FRA"], "--email", "is not an email address"),
            (["--body", "eg-cybercrime", "--email", "b@example.org", "--role", "Secretariat"], "--role", "An invitation is for a delegate or a stakeholder"),
            (["--body", "eg-cybercrime", "--email", "b@example.org", "--role", "Emperor"], "--role", "is not a role"),
            (["--body", "eg-cybercrime", "--email", "b@example.org", "--role", "Delegate"], "--state", "three-letter code"),
            (["--body", "eg-cybercrime", "--email", "b@example.org", "--role", "Delegate", "--state", "FRA", "--organization", "UNICRI"], "--organization", "Only a stakeholder acts for an organization"),
            (["--body", "eg-cybercrime", "--email", "b@example.org", "--role", "Stakeholder"], "--organization", "one organization"),
            (["--body", "eg-cybercrime", "--email", "b@example.org", "--role", "Delegate", "--state", "FRA", "--days", "91"], "--days", "1 to 90 days"),
            (["--body", "eg-cybercrime", "--email", "b@example.org", "--role", "Delegate", "--state", "FRA", "--days", "soon"], "--days", ""),
            (["--body", "eg-cybercrime", "--email", "b@example.org", "--role", "Delegate", "--state", "FRA", "--base-url", "ftp://x"], "--base-url", "absolute http or https address"),
            (["--email", "b@example.org", "--role", "Delegate", "--state", "FRA"], "--body", "is required"),
            (["--body", "no-such-body", "--email", "b@example.org", "--role", "Delegate", "--state", "FRA"], "--body", "There is no body with the slug 'no-such-body'"),
        })
        {
            var bad = await CliAsync(["users", "invite", .. args]);
            Assert.True(bad.Code == 1, $"{string.Join(" ", args)}: exit {bad.Code} {bad.Err}");
            Assert.Contains(option, bad.Err);
            Assert.Contains(rule, bad.Err);
        }
        Assert.Equal(1, await InStoreAsync(db => db.Invitations.CountAsync()));
        var added = Assert.Single(await AuditOfInvitationsAsync());
        Assert.Equal(AuditChannel.Cli, added.Channel);
    }
}

public sealed class SqliteInvitationTests : InvitationTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresInvitationTests : InvitationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
