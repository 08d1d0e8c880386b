using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// The convening's lifecycle as dated events (issue 10): an event says at which plenary meeting it happened,
/// who recorded it in Plenary and when. Events recorded before keep these empty.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261206000000_ConveningLifecycle")]
public sealed class ConveningLifecycle : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("PlenaryMeetingNumber", "meeting_events", nullable: true);
        m.AddColumn<string>("RecordedBy", "meeting_events", maxLength: 200, nullable: true);
        m.AddColumn<DateTimeOffset>("RecordedAt", "meeting_events", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("PlenaryMeetingNumber", "meeting_events");
        m.DropColumn("RecordedBy", "meeting_events");
        m.DropColumn("RecordedAt", "meeting_events");
    }
}
