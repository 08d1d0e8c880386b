using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// A body records the plenary meetings with interpretation its conference services allow per convening
/// (issue 10, item 2); none for the bodies already recorded.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261209000000_ConferenceServiceLimits")]
public sealed class ConferenceServiceLimits : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<int>("PlenaryMeetingsWithInterpretation", "bodies", nullable: true);

    protected override void Down(MigrationBuilder m) =>
        m.DropColumn("PlenaryMeetingsWithInterpretation", "bodies");
}
