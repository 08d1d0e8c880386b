using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>The register of organizations that the Secretariat keeps (its starting list is brought in by StoreMigrator, ADR 0013).</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261128000000_RegisterOfOrganizations")]
public sealed class RegisterOfOrganizations : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("organizations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            Abbreviation = t.Column<string>(maxLength: 40, nullable: true),
            Category = t.Column<string>(maxLength: 40, nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_organizations", x => x.Id));
        m.CreateIndex("IX_organizations_Name", "organizations", "Name", unique: true);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("organizations");
}
