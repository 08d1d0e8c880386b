using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>The inboxes' version beside the record's and the accounts' (row 3 of record_version), raised by every save that changes a notification.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261212000000_InboxesVersion")]
public sealed class InboxesVersionRow : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.Sql($"INSERT INTO {RecordVersion.Table} (\"Id\", \"Value\") VALUES ({RecordVersion.Inboxes}, 1)");

    protected override void Down(MigrationBuilder m) =>
        m.Sql($"DELETE FROM {RecordVersion.Table} WHERE \"Id\" = {RecordVersion.Inboxes}");
}
