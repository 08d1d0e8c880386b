using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>The version of the whole record, raised by every save that changes it (ADR 0020).</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261204000000_RecordVersion")]
public sealed class RecordVersionTable : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(RecordVersion.Table, t => new
        {
            Id = t.Column<int>(nullable: false),
            Value = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_record_version", x => x.Id));
        m.Sql($"INSERT INTO {RecordVersion.Table} (\"Id\", \"Value\") VALUES (1, 1)");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable(RecordVersion.Table);
}
