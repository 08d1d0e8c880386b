using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// Bodies count their edits (the body, its mandates and workplans are one unit of concurrency), and
/// planned meetings name their body, so that their changes show in the body's history.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261123020000_BodyVersions")]
public sealed class BodyVersions : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("Version", "bodies", nullable: false, defaultValue: 1);
        m.AddColumn<Guid>("BodyId", "planned_meetings", nullable: false, defaultValue: Guid.Empty);
        m.Sql("""UPDATE planned_meetings SET "BodyId" = (SELECT w."BodyId" FROM workplans w WHERE w."Id" = planned_meetings."WorkplanId")""");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("BodyId", "planned_meetings");
        m.DropColumn("Version", "bodies");
    }
}
