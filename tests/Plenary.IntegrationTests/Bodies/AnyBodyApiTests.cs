using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Bodies;

/// <summary>
/// The API's writes for any body, on each store: creating a body with its conventions, its officers and
/// extended Bureau, its convenings of any kind, who presided, holidays, and issuing a document with a date;
/// each broken rule a 400 naming the field, a clash a 409, nothing written on refusal.
/// </summary>
public abstract class AnyBodyApiTests : FreshSiteTests
{
    private const string Body = "/api/v1/bodies/ahc-api";

    private async Task<JsonElement> ReadAsync(string path = Body) => await Site.ReadAsync(path);

    private async Task<int> VersionAsync(string path = Body) => (await ReadAsync(path)).GetProperty("version").GetInt32();

    private static async Task<string?> FieldOf(HttpResponseMessage response)
    {
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return problem.TryGetProperty("field", out var f) ? f.GetString() : problem.TryGetProperty("parameter", out var p) ? p.GetString() : null;
    }

    private async Task<HttpClient> AdministratorAsync()
    {
        var api = Site.Api(await Site.TokenForAsync("admin@plenary.demo"));
        var created = await api.PostAsJsonAsync("/api/v1/bodies", new
        {
            slug = "ahc-api", fullName = "Ad Hoc Committee on Testing", shortName = "Ad Hoc Committee", symbolSeries = "A/AC.989",
            conventions = new { convenes = "sessions", participants = "representatives", agendaSymbolPattern = "{series}/{n}", reportSymbolPattern = "{series}/{n}" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return api;
    }

    [SkippableFact]
    public async Task TheAdministratorCreatesABody_ASlugInUseIsAClash_AndItsConventionsAreRead()
    {
        var api = await AdministratorAsync();

        var again = await api.PostAsJsonAsync("/api/v1/bodies", new { slug = "ahc-api", fullName = "Another", shortName = "Another" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("slug", await FieldOf(again));
        var body = await ReadAsync();
        Assert.Equal("sessions", body.GetProperty("conventions").GetProperty("convenes").GetString());
        Assert.Equal("Report of the {body} on its {convening}", body.GetProperty("conventions").GetProperty("reportTitlePattern").GetString());

        var broken = await api.PutAsJsonAsync(Body, new
        {
            version = await VersionAsync(), fullName = "Ad Hoc Committee on Testing", shortName = "Ad Hoc Committee", membership = "openEnded",
            conventions = new { convenes = "sessions", reportSymbolPattern = "{series}/{year}" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("reportSymbolPattern", await FieldOf(broken));
        Assert.Equal("{series}/{n}", (await ReadAsync()).GetProperty("conventions").GetProperty("reportSymbolPattern").GetString());
    }

    [SkippableFact]
    public async Task Officers_AreElectedReplacedAndRemoved_AndAStateOutsideTheRegisterIsRefused()
    {
        var api = await AdministratorAsync();

        var elected = await api.PostAsJsonAsync(Body + "/officers", new { version = await VersionAsync(), office = "chair", person = "Ms. A. Example", state = "Morocco", electedOn = "2022-02-28", forLife = true });
        Assert.Equal(HttpStatusCode.Created, elected.StatusCode);
        var xyz = await api.PostAsJsonAsync(Body + "/officers", new { version = await VersionAsync(), office = "viceChair", person = "Mr. X", state = "XYZ" });
        Assert.Equal(HttpStatusCode.BadRequest, xyz.StatusCode);
        Assert.Equal("state", await FieldOf(xyz));
        var nameless = await api.PostAsJsonAsync(Body + "/officers", new { version = await VersionAsync(), office = "viceChair", state = "Chile" });
        Assert.Equal("person", await FieldOf(nameless));

        var successor = await api.PostAsJsonAsync(Body + "/officers/1/successor", new { version = await VersionAsync(), person = "Mr. B. Example", state = "EGY", electedOn = "2023-06-01" });
        Assert.Equal(HttpStatusCode.Created, successor.StatusCode);
        var officers = (await ReadAsync()).GetProperty("officers").EnumerateArray().ToList();
        Assert.Equal(["Ms. A. Example", "Mr. B. Example"], officers.Select(o => o.GetProperty("person").GetString()));
        Assert.Equal("2023-05-31", officers[0].GetProperty("termEndsOn").GetString());
        Assert.Equal("Mr. B. Example (Egypt)", officers[0].GetProperty("replacedBy").GetString());

        var seat = await api.PostAsJsonAsync(Body + "/extended-bureau", new { version = await VersionAsync(), role = "regionalGroupChair", regionalGroup = "GRULAC", state = "Chile", from = "2023-01-01", until = "2023-01-31" });
        Assert.Equal(HttpStatusCode.Created, seat.StatusCode);
        var overlap = await api.PostAsJsonAsync(Body + "/extended-bureau", new { version = await VersionAsync(), role = "regionalGroupChair", regionalGroup = "latinAmericanAndCaribbean", state = "Peru", from = "2023-01-15" });
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        Assert.Equal("until", await FieldOf(overlap));
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"{Body}/extended-bureau/1?version={await VersionAsync()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"{Body}/officers/2?version={await VersionAsync()}")).StatusCode);
        Assert.Single((await ReadAsync()).GetProperty("officers").EnumerateArray());
    }

    [SkippableFact]
    public async Task ConveningsOfAnyKind_AreScheduledNamedPresidedAndIssued()
    {
        var api = await AdministratorAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Body + "/officers", new { version = await VersionAsync(), office = "chair", person = "Ms. A. Example", state = "MAR", electedOn = "2022-02-28", electedAt = 2, forLife = true })).StatusCode);

        foreach (var convening in new object[]
        {
            new { number = 1, kind = "organizational", venue = "New York", startDate = "2021-05-10", endDate = "2021-05-12" },
            new { number = 2, kind = "regular", ordinal = 1, venue = "New York", startDate = "2022-02-28", endDate = "2022-03-11" },
            new { number = 3, kind = "resumed", continues = 2, venue = "Vienna", startDate = "2022-05-30", endDate = "2022-06-01" },
        })
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Body + "/meetings", convening)).StatusCode);
        var taken = await api.PostAsJsonAsync(Body + "/meetings", new { number = 2, venue = "Geneva", startDate = "2023-01-09", endDate = "2023-01-10" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("number", await FieldOf(taken));
        var twin = await api.PostAsJsonAsync(Body + "/meetings", new { number = 4, ordinal = 1, venue = "Geneva", startDate = "2023-01-09", endDate = "2023-01-10" });
        Assert.Equal(HttpStatusCode.BadRequest, twin.StatusCode);
        Assert.Equal("ordinal", await FieldOf(twin));
        var meetings = (await ReadAsync(Body + "/meetings")).EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Organizational session", "First session", "Resumed first session"], meetings);

        var resumed = Body + "/meetings/3";
        var ordinal = await api.PutAsJsonAsync(resumed + "/convening", new { version = await VersionAsync(resumed), kind = "organizational", ordinal = 2 });
        Assert.Equal("ordinal", await FieldOf(ordinal));
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(resumed + "/presiding", new { version = await VersionAsync(resumed), openedBy = 1, closedBy = 1 })).StatusCode);
        var beforeElection = await api.PutAsJsonAsync(Body + "/meetings/1/presiding", new { version = await VersionAsync(Body + "/meetings/1"), openedBy = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, beforeElection.StatusCode);
        Assert.Contains("was not in office", JsonDocument.Parse(await beforeElection.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(resumed + "/non-working-days", new { version = await VersionAsync(resumed), date = "2022-05-31", description = "Public holiday" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(Body + "/meetings/2/status", new { version = await VersionAsync(Body + "/meetings/2"), status = "held" })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(resumed + "/agenda/items", new { version = await VersionAsync(resumed), title = "Adoption of the agenda" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(resumed + "/agenda/items", new { version = await VersionAsync(resumed), title = "Conclusion of the session", role = "closure" })).StatusCode);
        var items = (await ReadAsync(resumed)).GetProperty("agenda").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("role").GetString()).ToList();
        Assert.Equal(["adoptionOfAgenda", "closure"], items);

        var undated = await api.PostAsJsonAsync(resumed + "/documents/agenda/issue", new { });
        Assert.Equal(HttpStatusCode.BadRequest, undated.StatusCode);
        Assert.Equal("dateOfIssue", await FieldOf(undated));
        var issued = await api.PostAsJsonAsync(resumed + "/documents/agenda/issue", new { dateOfIssue = "2022-04-29" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var result = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("A/AC.989/1", "2022-04-29"), (result.GetProperty("symbol").GetString(), result.GetProperty("issuedOn").GetString()));

        var text = await Site.Api().GetStringAsync(resumed + "/documents/agenda?format=txt");
        Assert.Contains("Resumed first session", text);
        Assert.Contains("The first session of the Ad Hoc Committee was held in New York from 28 February to 11 March 2022.", text);
        Assert.Contains("Public holiday", text);
    }
}

public sealed class SqliteAnyBodyApiTests : AnyBodyApiTests;

public sealed class PostgresAnyBodyApiTests : AnyBodyApiTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
