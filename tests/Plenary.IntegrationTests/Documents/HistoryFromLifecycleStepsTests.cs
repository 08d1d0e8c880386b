using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>
/// Issue 10: the history of earlier convenings in documents is told from their lifecycle steps, on each store, for a
/// body that holds sessions: a session postponed by silence procedure, then held, and a session cancelled by decision
/// of the Chair, are narrated in the next session's annotated agenda with each step's authority and date.
/// </summary>
public abstract class HistoryFromLifecycleStepsTests : FreshSiteTests
{
    private const string Committee = "/api/v1/bodies/ahc-hydrological-data";

    private async Task<HttpClient> CommitteeWithTwoNewSessionsAsync()
    {
        using (var scope = Site.Services.CreateScope())
        {
            var imported = await new ImportRecord(scope.ServiceProvider.GetRequiredService<PlenaryDbContext>()).HandleAsync(await File.ReadAllTextAsync(RepoPaths.CommitteeRecord));
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        }
        var api = Site.Api(await Site.TokenForAsync("admin@plenary.demo"));
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Committee + "/meetings", new { number = 7, ordinal = 4, venue = "New York", startDate = "2023-01-09", endDate = "2023-01-20" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Committee + "/meetings", new { number = 8, ordinal = 5, venue = "New York", startDate = "2023-08-21", endDate = "2023-09-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Committee + "/meetings/8/agenda/items",
            new { version = await VersionAsync(8), title = "Adoption of the agenda and other organizational matters", role = "adoptionOfAgenda" })).StatusCode);
        return api;
    }

    private async Task<int> VersionAsync(int meeting) => (await Site.ReadAsync($"{Committee}/meetings/{meeting}")).GetProperty("version").GetInt32();

    private async Task StepAsync(HttpClient api, int meeting, object step)
    {
        var response = await api.PostAsJsonAsync($"{Committee}/meetings/{meeting}/events", step);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private Task<string> FifthSessionsAgendaAsync() => Site.Api().GetStringAsync(Committee + "/meetings/8/documents/agenda?format=txt");

    [SkippableFact]
    public async Task ASessionPostponedBySilenceProcedure_AndThenHeld_IsNarratedFromItsSteps()
    {
        var api = await CommitteeWithTwoNewSessionsAsync();
        await StepAsync(api, 7, new { version = await VersionAsync(7), step = "datesApproved", date = "2022-10-03", authority = "silenceProcedure", decidedBy = "Bureau", startDate = "2023-01-09", endDate = "2023-01-20", sittings = "move" });
        await StepAsync(api, 7, new { version = await VersionAsync(7), step = "postponed", date = "2022-12-01", authority = "silenceProcedure", decidedBy = "Bureau",
            startDate = "2023-03-06", endDate = "2023-03-17", sittings = "move", details = "owing to the renovation of the conference rooms" });
        await StepAsync(api, 7, new { version = await VersionAsync(7), step = "formatChanged", date = "2023-02-01", authority = "decisionOfTheChair", format = "hybrid" });
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(Committee + "/meetings/7/status", new { version = await VersionAsync(7), status = "held" })).StatusCode);

        var agenda = await FifthSessionsAgendaAsync();

        Assert.Contains("The fourth session of the Ad Hoc Committee was initially scheduled to take place from 9 to 20 January 2023, as approved by the Bureau by means of a silence procedure on 3 October 2022, "
            + "but was postponed owing to the renovation of the conference rooms. The postponement was approved by the Bureau by means of a silence procedure on 1 December 2022. "
            + "The holding of the session in a hybrid format was decided by the Chair on 1 February 2023. It was held in New York from 6 to 17 March 2023 in a hybrid format.", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("meeting of the Ad Hoc Committee", agenda, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ASessionCancelledByDecisionOfTheChair_IsNarratedWithTheCancellation()
    {
        var api = await CommitteeWithTwoNewSessionsAsync();
        await StepAsync(api, 7, new { version = await VersionAsync(7), step = "cancelled", date = "2022-12-01", authority = "decisionOfTheChair", details = "owing to the lack of resources" });

        var agenda = await FifthSessionsAgendaAsync();

        Assert.Contains("The fourth session of the Ad Hoc Committee was scheduled to take place in New York from 9 to 20 January 2023, but was cancelled owing to the lack of resources. "
            + "The cancellation was decided by the Chair on 1 December 2022.", agenda, StringComparison.Ordinal);
    }
}

public sealed class SqliteHistoryFromLifecycleStepsTests : HistoryFromLifecycleStepsTests;

public sealed class PostgresHistoryFromLifecycleStepsTests : HistoryFromLifecycleStepsTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
