using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Plenary.IntegrationTests.Deployment;

/// <summary>
/// Two instances behind nginx on one PostgreSQL database (deploy/two-instances.sh): what one instance
/// does, the other shows on its very next request.
/// </summary>
[Collection(TwoInstancesCollection.Name)]
public sealed class TwoInstancesTests(TwoInstancesBehindNginx deployment)
{
    private const string Meeting = "/bodies/eg-cybercrime/meetings/7";

    [SkippableFact]
    public async Task TheSite_SpreadsRequestsOverBothInstances_AndEachEntryPointReachesItsOwn()
    {
        Skip.If(deployment.SkipReason is not null, deployment.SkipReason);
        using var client = deployment.Client();
        var answeredBy = new HashSet<string>();
        for (var i = 0; i < 4; i++) answeredBy.Add(await UpstreamAsync(client, new Uri(deployment.Site, "/health")));
        Assert.Equal(2, answeredBy.Count);
        var a = await UpstreamAsync(client, new Uri(deployment.InstanceA, "/health"));
        var b = await UpstreamAsync(client, new Uri(deployment.InstanceB, "/health"));
        Assert.NotEqual(a, b);
        Assert.Equal(answeredBy, new HashSet<string> { a, b });
    }

    [SkippableFact]
    public async Task Migrations_RanOnceBeforeTheInstancesStarted_AndNeitherInstanceMigrates()
    {
        Skip.If(deployment.SkipReason is not null, deployment.SkipReason);
        Assert.Single(deployment.StartOutput.Split('\n'), line => line.StartsWith("Migrated PostgreSQL", StringComparison.Ordinal));
        foreach (var instance in new[] { "a", "b" }) Assert.DoesNotContain("Migrated", deployment.InstanceLog(instance), StringComparison.Ordinal);
        await using var db = deployment.OpenDatabase();
        await using var count = new Npgsql.NpgsqlCommand(
            "SELECT count(*), count(DISTINCT \"MigrationId\") FROM __ef_migrations_history", db);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.True(reader.GetInt64(0) > 0);
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
        using var client = deployment.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(deployment.InstanceA, "/health"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(deployment.InstanceB, "/health"))).StatusCode);
    }

    [SkippableFact]
    public async Task ASignInOnOneInstance_IsValidOnTheOther()
    {
        Skip.If(deployment.SkipReason is not null, deployment.SkipReason);
        using var client = deployment.Client();
        await SignInAsync(client, deployment.InstanceA);

        var account = await client.GetAsync(new Uri(deployment.InstanceB, "/account"));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(TwoInstancesBehindNginx.Secretariat, await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var stranger = deployment.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync(new Uri(deployment.InstanceB, "/account"))).StatusCode);
    }

    [SkippableFact]
    public async Task AWriteOnOneInstance_IsReadAtOnceThroughTheOther_PageJsonAndEveryReader()
    {
        Skip.If(deployment.SkipReason is not null, deployment.SkipReason);
        using var editor = deployment.Client();
        using var reader = deployment.Client();
        await SignInAsync(editor, deployment.InstanceA);
        // Both instances have served the meeting before the write, to anyone who might be served from a cache.
        foreach (var instance in new[] { deployment.InstanceA, deployment.InstanceB })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri(instance, Meeting))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri(instance, "/api/v1" + Meeting))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri(instance, Meeting))).StatusCode);
        }

        for (var round = 1; round <= 3; round++)
        {
            var venue = $"Vienna (round {round}, {Guid.NewGuid():N})"[..32];
            var (from, to) = round % 2 == 1 ? (deployment.InstanceA, deployment.InstanceB) : (deployment.InstanceB, deployment.InstanceA);
            var kept = (await reader.GetAsync(new Uri(to, Meeting))).Headers.ETag;
            Assert.NotNull(kept); // the other instance holds the page for anonymous readers
            var form = await ParseAsync(editor, new Uri(from, Meeting + "/edit"));
            var saved = await editor.PostAsync(new Uri(from, Meeting + "/edit"), FormOf(form, new() { ["Venue"] = venue }));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

            // The very next read on the other instance: anonymous page (also when revalidating what it
            // held), JSON, and the Secretariat's page.
            var revalidate = new HttpRequestMessage(HttpMethod.Get, new Uri(to, Meeting));
            revalidate.Headers.IfNoneMatch.Add(kept);
            var fresh = await reader.SendAsync(revalidate);
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
            Assert.Contains(venue, await fresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains(venue, await reader.GetStringAsync(new Uri(to, Meeting)), StringComparison.Ordinal);
            using var json = JsonDocument.Parse(await reader.GetStringAsync(new Uri(to, "/api/v1" + Meeting)));
            Assert.Equal(venue, json.RootElement.GetProperty("meeting").GetProperty("venue").GetString());
            Assert.Contains(venue, await editor.GetStringAsync(new Uri(to, Meeting)), StringComparison.Ordinal);
            // And through the site, whichever instance answers.
            for (var i = 0; i < 4; i++) Assert.Contains(venue, await reader.GetStringAsync(new Uri(deployment.Site, Meeting)), StringComparison.Ordinal);
        }
    }

    private static async Task SignInAsync(HttpClient client, Uri instance)
    {
        var page = await ParseAsync(client, new Uri(instance, "/account/sign-in"));
        var response = await client.PostAsync(new Uri(instance, "/account/sign-in"), FormOf(page, new()
        {
            ["Email"] = TwoInstancesBehindNginx.Secretariat,
            ["Password"] = TwoInstancesBehindNginx.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> UpstreamAsync(HttpClient client, Uri address)
    {
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("X-Plenary-Upstream"));
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpClient client, Uri address) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(address));

    /// <summary>Every field of the page's first form with a post method, as a browser would send it, with some values changed.</summary>
    private static FormUrlEncodedContent FormOf(IHtmlDocument page, Dictionary<string, string> changes)
    {
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase));
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
            if (input.Type is not ("checkbox" or "radio") || input.IsChecked) fields.TryAdd(input.Name!, input.Value);
        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>()) fields.TryAdd(select.Name!, select.Value ?? "");
        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>()) fields.TryAdd(area.Name!, area.Value);
        foreach (var (name, value) in changes) fields[name] = value;
        return new FormUrlEncodedContent(fields);
    }
}
