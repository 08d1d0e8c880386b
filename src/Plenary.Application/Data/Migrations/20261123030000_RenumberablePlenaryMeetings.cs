using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// Plenary meetings are renumbered when one is added before others, moved or removed, several rows
/// in one save; the meeting keeps their numbers unique, so the index no longer has to.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261123030000_RenumberablePlenaryMeetings")]
public sealed class RenumberablePlenaryMeetings : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.DropIndex("IX_plenary_meetings_MeetingId_Number", "plenary_meetings");
        m.CreateIndex("IX_plenary_meetings_MeetingId_Number", "plenary_meetings", ["MeetingId", "Number"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_plenary_meetings_MeetingId_Number", "plenary_meetings");
        m.CreateIndex("IX_plenary_meetings_MeetingId_Number", "plenary_meetings", ["MeetingId", "Number"], unique: true);
    }
}
