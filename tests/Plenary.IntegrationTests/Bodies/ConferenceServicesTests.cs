using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Bodies;

/// <summary>
/// Issue 10, item 2, on each store: a body records the plenary meetings with interpretation its conference
/// services allow per convening (the demo's Expert Group: six), from its edit page and the API; a value that is
/// no positive whole number is refused naming the field; a convening that plans more is warned on its pages
/// and in the API's answer, never refused; the annotated agenda states the limit, not the count planned.
/// </summary>
public abstract class ConferenceServicesTests : FreshSiteTests
{
    private const string Body = "/api/v1/bodies/eg-cybercrime";
    private const string Seventh = Body + "/meetings/7";

    private async Task<int> VersionAsync(string path = Body) => (await Site.ReadAsync(path)).GetProperty("version").GetInt32();

    private async Task<int?> LimitAsync()
    {
        // The API leaves out a value that is not set.
        return (await Site.ReadAsync(Body)).GetProperty("conferenceServices").TryGetProperty("plenaryMeetingsWithInterpretation", out var limit) ? limit.GetInt32() : null;
    }

    private async Task<HttpResponseMessage> PutLimitAsync(HttpClient api, object? conferenceServices) =>
        await api.PutAsJsonAsync(Body, new
        {
            version = await VersionAsync(), fullName = "Expert Group to Conduct a Comprehensive Study on Cybercrime", shortName = "Expert Group",
            secretariat = "United Nations Office on Drugs and Crime", symbolSeries = "UNODC/CCPCJ/EG.4", membership = "openEnded", conferenceServices,
        });

    private async Task<string> AgendaTextAsync(string meeting = Seventh) => await Site.Api().GetStringAsync(meeting + "/documents/agenda?format=txt");

    private static async Task<HttpResponseMessage> PostEditFormAsync(HttpClient client, string value)
    {
        var page = await ParseAsync(client, "/bodies/eg-cybercrime/edit");
        string Field(string name) => page.QuerySelector($"[name={name}]") is { } e
            ? e.GetAttribute("value") ?? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "" : "";
        var fields = new Dictionary<string, string> { ["Version"] = VersionOn(page), ["PlenaryMeetingsWithInterpretation"] = value, ["NoDocumentationNote"] = "true" };
        foreach (var name in new[] { "FullName", "ShortName", "Secretariat", "SymbolSeries", "Membership", "Convenes", "SittingNumbering", "Participants" })
            fields[name] = Field(name);
        return await client.PostAsync("/bodies/eg-cybercrime/edit", page.FormWith(fields));
    }

    [SkippableFact]
    public async Task TheDemoExpertGroup_AllowsSixPlenaryMeetingsWithInterpretation_AndItsSeventhMeetingsAgendaSaysSo()
    {
        Assert.Equal(6, await LimitAsync());
        var seventh = await Site.ReadAsync(Seventh);
        Assert.False(seventh.TryGetProperty("conferenceServicesWarning", out _));

        Assert.Contains("The proposed organization of work for the seventh meeting (see annex) provides for six plenary meetings over three days. "
            + "The conference services available to the Expert Group (E/CN.15/2017/CRP.5, annex VII) allow for six plenary meetings with interpretation "
            + "into the six official languages of the United Nations during the meeting.", await AgendaTextAsync(), StringComparison.Ordinal);
        var bodyPage = await ParseAsync(Anonymous(), "/bodies/eg-cybercrime");
        Assert.Contains("6 plenary meetings with interpretation per meeting", bodyPage.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheEditPage_SetsTheLimit_AndRefusesAValueThatIsNoPositiveWholeNumber_NextToTheField()
    {
        var client = await SignedInAsync();
        var form = await ParseAsync(client, "/bodies/eg-cybercrime/edit");
        Assert.Equal("6", form.QuerySelector("input[name=PlenaryMeetingsWithInterpretation]")!.GetAttribute("value"));

        foreach (var (typed, message) in new[]
        {
            ("six", "Give the plenary meetings with interpretation per meeting as a whole number, such as 6, or leave the field empty."),
            ("0", "The plenary meetings with interpretation per meeting must be a whole number from 1 to 999, or left empty when the body records no limit; 0 is not."),
        })
        {
            var refused = await PostEditFormAsync(client, typed);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var page = await ParseAsync(refused);
            Assert.Equal(message, page.QuerySelector("[data-valmsg-for=PlenaryMeetingsWithInterpretation]")?.TextContent.Trim());
            Assert.Equal(typed, page.QuerySelector("input[name=PlenaryMeetingsWithInterpretation]")!.GetAttribute("value"));
            Assert.Equal(6, await LimitAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await PostEditFormAsync(client, "8")).StatusCode);
        Assert.Equal(8, await LimitAsync());
        Assert.Contains("allow for eight plenary meetings with interpretation into the six official languages of the United Nations during the meeting.",
            await AgendaTextAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostEditFormAsync(client, "")).StatusCode);
        Assert.Null(await LimitAsync());
        Assert.Contains("provides for six plenary meetings over three days, with interpretation into the six official languages of the United Nations, "
            + "within the conference services available to the Expert Group (E/CN.15/2017/CRP.5, annex VII).", await AgendaTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheApi_SetsKeepsAndClearsTheLimit_AndRefusesZeroNamingTheField()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));

        var zero = await PutLimitAsync(api, new { plenaryMeetingsWithInterpretation = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        var problem = JsonDocument.Parse(await zero.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("plenaryMeetingsWithInterpretation", problem.GetProperty("field").GetString());
        Assert.Contains("must be a whole number from 1 to 999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, await LimitAsync());

        Assert.Equal(HttpStatusCode.OK, (await PutLimitAsync(api, null)).StatusCode);
        Assert.Equal(6, await LimitAsync());
        Assert.Equal(HttpStatusCode.OK, (await PutLimitAsync(api, new { plenaryMeetingsWithInterpretation = 4 })).StatusCode);
        Assert.Equal(4, await LimitAsync());
        Assert.Equal(HttpStatusCode.OK, (await PutLimitAsync(api, new { plenaryMeetingsWithInterpretation = (int?)null })).StatusCode);
        Assert.Null(await LimitAsync());
    }

    [SkippableFact]
    public async Task PlanningAPlenaryMeetingBeyondTheLimit_IsMadeWithAWarning_OnThePagesInTheApiAndInTheAgenda()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));

        var added = await api.PostAsJsonAsync(Seventh + "/plenary-meetings", new { version = await VersionAsync(Seventh), date = "2021-04-08", startsAt = "18:30", endsAt = "20:00" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        const string warning = "The seventh meeting plans seven plenary meetings; the conference services available to the Expert Group allow for six plenary meetings with interpretation per meeting. "
            + "The plenary meeting beyond that number would be held without interpretation unless further resources are made available.";
        var answer = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal([warning], answer.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(7, (await Site.ReadAsync(Seventh)).GetProperty("plenaryMeetings").GetArrayLength());
        Assert.Equal(warning, (await Site.ReadAsync(Seventh)).GetProperty("conferenceServicesWarning").GetString());

        var client = await SignedInAsync();
        Assert.StartsWith(warning, (await ParseAsync(client, "/bodies/eg-cybercrime/meetings/7/plenary-meetings")).QuerySelector("#conference-services-warning")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(warning, (await ParseAsync(client, "/bodies/eg-cybercrime/meetings/7")).QuerySelector("#conference-services-warning")!.TextContent.Trim());
        var agenda = await AgendaTextAsync();
        Assert.Contains("provides for seven plenary meetings over three days. The conference services available to the Expert Group (E/CN.15/2017/CRP.5, annex VII) "
            + "allow for six plenary meetings with interpretation into the six official languages of the United Nations during the meeting; "
            + "the other plenary meeting would be held without interpretation unless additional resources are made available.", agenda, StringComparison.Ordinal);

        // Within the limit, the answer carries no warning.
        var within = await api.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/5/plenary-meetings",
            new { version = await VersionAsync(Body + "/meetings/5"), date = "2019-03-27", startsAt = "10:00", endsAt = "13:00" });
        Assert.Equal(HttpStatusCode.Created, within.StatusCode);
        Assert.False(JsonDocument.Parse(await within.Content.ReadAsStringAsync()).RootElement.TryGetProperty("warnings", out _));
    }

    [SkippableFact]
    public async Task ABodyThatHoldsSessions_IsWarnedInItsOwnWords_AndItsAgendaStatesItsLimit()
    {
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(Site.Services))
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Plenary.Application.Data.PlenaryDbContext>(scope.ServiceProvider);
            var imported = await new Plenary.Application.Records.ImportRecord(db).HandleAsync(await File.ReadAllTextAsync(RepoPaths.CommitteeRecord));
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        }
        const string committee = "/api/v1/bodies/ahc-hydrological-data";
        const string third = committee + "/meetings/6";
        Assert.Equal(20, (await Site.ReadAsync(committee)).GetProperty("conferenceServices").GetProperty("plenaryMeetingsWithInterpretation").GetInt32());
        Assert.Contains("provides for 17 plenary meetings over nine days. The conference services available to the Ad Hoc Committee allow for 20 plenary meetings "
            + "with interpretation into the six official languages of the United Nations during the session.", await AgendaTextAsync(third), StringComparison.Ordinal);

        var admin = Site.Api(await Site.TokenForAsync("admin@plenary.demo"));
        var put = await admin.PutAsJsonAsync(committee, new
        {
            version = await VersionAsync(committee), fullName = "Ad Hoc Committee on an International Framework for the Exchange of Hydrological Data",
            shortName = "Ad Hoc Committee", secretariat = "Department of Economic and Social Affairs", symbolSeries = "A/AC.987", membership = "openEnded",
            conferenceServices = new { plenaryMeetingsWithInterpretation = 15 },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        Assert.Equal("The third session plans 17 plenary meetings; the conference services available to the Ad Hoc Committee allow for 15 plenary meetings with interpretation per session. "
            + "The two plenary meetings beyond that number would be held without interpretation unless further resources are made available.",
            (await Site.ReadAsync(third)).GetProperty("conferenceServicesWarning").GetString());
        var agenda = await AgendaTextAsync(third);
        Assert.Contains("during the session; the other two plenary meetings would be held without interpretation unless additional resources are made available.", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("Expert Group", agenda, StringComparison.Ordinal);
    }
}

public sealed class SqliteConferenceServicesTests : ConferenceServicesTests;

public sealed class PostgresConferenceServicesTests : ConferenceServicesTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
