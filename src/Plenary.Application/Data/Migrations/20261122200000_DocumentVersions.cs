using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>Documents Plenary generates keep a version and a fingerprint of what was issued.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261122200000_DocumentVersions")]
public sealed class DocumentVersions : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("Version", "documents", nullable: false, defaultValue: 1);
        m.AddColumn<string>("ContentHash", "documents", maxLength: 64, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("ContentHash", "documents");
        m.DropColumn("Version", "documents");
    }
}
