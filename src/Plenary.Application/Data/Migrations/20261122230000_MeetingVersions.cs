using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>Meetings count their edits, so that an edit from a stale read is refused.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261122230000_MeetingVersions")]
public sealed class MeetingVersions : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("Version", "meetings", nullable: false, defaultValue: 1);
        // Moving an item renumbers several rows in one save; the meeting keeps numbers unique.
        m.DropIndex("IX_agenda_items_MeetingId_Item_SubItem", "agenda_items");
        m.CreateIndex("IX_agenda_items_MeetingId_Item_SubItem", "agenda_items", ["MeetingId", "Item", "SubItem"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_agenda_items_MeetingId_Item_SubItem", "agenda_items");
        m.CreateIndex("IX_agenda_items_MeetingId_Item_SubItem", "agenda_items", ["MeetingId", "Item", "SubItem"], unique: true);
        m.DropColumn("Version", "meetings");
    }
}
