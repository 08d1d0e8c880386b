using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>The accounts' version beside the record's (row 2 of record_version), raised by every save that changes an account (ADR 0020).</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261204010000_AccountsVersion")]
public sealed class AccountsVersionRow : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.Sql($"INSERT INTO {RecordVersion.Table} (\"Id\", \"Value\") VALUES ({RecordVersion.Accounts}, 1)");

    protected override void Down(MigrationBuilder m) =>
        m.Sql($"DELETE FROM {RecordVersion.Table} WHERE \"Id\" = {RecordVersion.Accounts}");
}
