using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Decisions;
using Plenary.Application.Notifications;
using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Decisions;

/// <summary>
/// Concluding happens once, whoever tries: two app instances on one store (each with its background
/// service running, and readers on both) conclude a procedure once: one conclusion step, one dated event
/// on the convening, one outcome notice per member. On SQLite here (two instances in one process), on
/// PostgreSQL below (the row lock between them).
/// </summary>
public class ConclusionOnceTests : SilenceSiteTests
{
    [SkippableFact]
    public async Task TwoInstances_ConcludeAProcedureOnce()
    {
        var one = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(one, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(one, secretariat, number);
        var two = NewSite();

        Clock.Now = DeadlineAt.AddMinutes(1);
        var attempts = new List<Task<int>>();
        for (var i = 0; i < 8; i++)
            foreach (var site in new[] { one, two })
                attempts.Add(Task.Run(async () =>
                {
                    await using var scope = site.Services.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<ConcludeSilenceProcedures>().ConcludeDueAsync();
                }));
        var concluded = await Task.WhenAll(attempts);

        Assert.Equal(1, concluded.Sum());
        var p = await StoredAsync(number);
        Assert.Equal(ProcedureStatus.Adopted, p.Status);
        Assert.Single(p.Steps, s => s.Kind == ProcedureStepKind.Adopted);
        Assert.Single((await MeetingAsync(8)).History, e => e.Kind == MeetingEventKind.DatesApproved);
        await using var db = Store.Store.CreateContext();
        var notices = await db.Notifications.Where(n => n.Subject.StartsWith($"Silence procedure {number} adopted")).ToListAsync();
        Assert.Equal(3, notices.Count); // the two members, and the Secretariat
        Assert.Equal(3, notices.Select(n => n.UserId).Distinct().Count());
    }

    [SkippableFact]
    public async Task TheBackgroundService_ConcludesWithoutAnyReader()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);
        await StopAsync(site);

        Clock.Now = DeadlineAt.AddHours(5);
        NewSite(worker: true);
        var status = ProcedureStatus.Open;
        for (var i = 0; i < 100 && status == ProcedureStatus.Open; i++)
        {
            await Task.Delay(100);
            status = (await StoredAsync(number)).Status;
        }

        Assert.Equal(ProcedureStatus.Adopted, status);
        Assert.Equal(DeadlineAt, (await StoredAsync(number)).ConcludedAt);
    }
}

public sealed class ConclusionOncePostgresTests : ConclusionOnceTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
