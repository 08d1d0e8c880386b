using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Plenary.Application.Data;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Store;

/// <summary>
/// A store kept before the "any body" migration holds Bureau posts per meeting; after it, the body has
/// officers (one per office, person and State), each meeting says who opened and presided, the agenda
/// items have roles from their titles, and the report prints the opening as it did.
/// </summary>
public abstract class AnyBodyMigrationTests
{
    protected abstract ITestStore NewStore();

    private const string Body = "0190A000-0000-7000-8000-000000000001";
    private const string Sixth = "0190A000-0000-7000-8000-000000000006";
    private const string Fifth = "0190A000-0000-7000-8000-000000000005";

    [SkippableFact]
    public async Task BureauPosts_BecomeTheBodysOfficers_AndEachMeetingKeepsWhoOpenedAndPresided()
    {
        await using var store = NewStore();
        await using (var db = store.Store.CreateContext())
        {
            var migrations = db.Database.GetMigrations().Order(StringComparer.Ordinal).ToList();
            var before = migrations[migrations.IndexOf("20261129000000_AnyBody") - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            foreach (var sql in OlderRecord) await db.Database.ExecuteSqlRawAsync(sql);
            await db.Database.MigrateAsync();
        }

        await using var check = store.Store.CreateContext();
        var body = await check.Bodies.Include(b => b.Officers).SingleAsync();
        Assert.Equal((Convenes.Meetings, ParticipantTerm.Experts, true), (body.Convenes, body.Participants, body.NoDocumentationNote));
        Assert.Equal([(1, "Chair", "Ms. A. Example"), (2, "Vice-Chair", "Mr. B. Example")], body.Officers.OrderBy(o => o.Position).Select(o => (o.Position, o.Title, o.Person)));
        var chair = body.Officers.Single(o => o.Person == "Ms. A. Example");
        Assert.Equal(("ZAF", (Plenary.Domain.Participation.RegionalGroup?)Plenary.Domain.Participation.RegionalGroup.African), (chair.State, chair.RegionalGroup));
        var vice = body.Officers.Single(o => o.Person == "Mr. B. Example");
        var sixth = await check.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Number == 6);
        Assert.Equal((chair.Id, vice.Id, chair.Id), (sixth.OpenedBy!.Value, sixth.PresidedBy!.Value, sixth.PresidedOnBehalfOf!.Value));
        Assert.Equal(6, sixth.Ordinal);
        Assert.True(sixth.SummaryByChair);
        var fifth = await check.Meetings.SingleAsync(m => m.Number == 5);
        Assert.Equal(chair.Id, fifth.OpenedBy);
        Assert.Null(fifth.PresidedBy);
        Assert.Equal([AgendaItemRole.Organizational, AgendaItemRole.Opening, AgendaItemRole.AdoptionOfAgenda, AgendaItemRole.Substantive, AgendaItemRole.OtherMatters, AgendaItemRole.AdoptionOfReport],
            sixth.AgendaInOrder.Select(i => i.Role));

        var report = await new OfficialDocuments(check, TimeProvider.System).PreviewAsync("eg-old", 6, OfficialDocumentKind.Report);
        Assert.Contains("The meeting was opened by Ms. A. Example (South Africa), Chair of the Expert Group, who delegated Mr. B. Example (Brazil), Vice-Chair of the Expert Group, to preside over the meeting on the Chair\u2019s behalf.",
            TextRenderer.Render(report!.Document), StringComparison.Ordinal);
    }

    /// <summary>An expert group's record as the older schema kept it: two meetings with the same Chair, a Vice-Chair presiding at the sixth.</summary>
    private static readonly string[] OlderRecord =
    [
        $"""INSERT INTO bodies ("Id", "Slug", "FullName", "ShortName", "SymbolSeries", "Membership") VALUES ('{Body}', 'eg-old', 'Expert Group on an Older Store', 'Expert Group', 'UNODC/OLD', 'OpenEnded')""",
        $"""
         INSERT INTO meetings ("Id", "BodyId", "Number", "Venue", "StartDate", "EndDate", "Format", "Status", "Topics", "IsStocktaking", "AgendaStatus")
         VALUES ('{Fifth}', '{Body}', 5, 'Vienna', '2019-03-27', '2019-03-29', 'InPerson', 'Held', '[]', FALSE, 'Provisional'),
                ('{Sixth}', '{Body}', 6, 'Vienna', '2020-07-27', '2020-07-29', 'Hybrid', 'Held', '[]', FALSE, 'Provisional')
         """,
        $"""
         INSERT INTO bureau_posts ("Id", "MeetingId", "Position", "Office", "Person", "State", "RegionalGroup", "OpenedMeeting", "PresidedOnBehalfOfChair")
         VALUES ('0190A000-0000-7000-8000-0000000000B1', '{Fifth}', 1, 'Chair', 'Ms. A. Example', 'South Africa', 'African States', TRUE, FALSE),
                ('0190A000-0000-7000-8000-0000000000B2', '{Sixth}', 1, 'Chair', 'Ms. A. Example', 'South Africa', 'African States', TRUE, FALSE),
                ('0190A000-0000-7000-8000-0000000000B3', '{Sixth}', 2, 'ViceChair', 'Mr. B. Example', 'Brazil', NULL, FALSE, TRUE)
         """,
        $"""
         INSERT INTO agenda_items ("Id", "MeetingId", "Item", "SubItem", "Title")
         VALUES ('0190A000-0000-7000-8000-0000000000A1', '{Sixth}', 1, NULL, 'Organizational matters'),
                ('0190A000-0000-7000-8000-0000000000A2', '{Sixth}', 1, 'a', 'Opening of the meeting'),
                ('0190A000-0000-7000-8000-0000000000A3', '{Sixth}', 1, 'b', 'Adoption of the agenda.'),
                ('0190A000-0000-7000-8000-0000000000A4', '{Sixth}', 2, NULL, 'International cooperation'),
                ('0190A000-0000-7000-8000-0000000000A5', '{Sixth}', 3, NULL, 'Other matters'),
                ('0190A000-0000-7000-8000-0000000000A6', '{Sixth}', 4, NULL, 'Adoption of the report')
         """,
    ];
}

public sealed class SqliteAnyBodyMigrationTests : AnyBodyMigrationTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresAnyBodyMigrationTests : AnyBodyMigrationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
