using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>Audit entries name the body they belong to, so that a body's History panel finds its changes.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261123005000_AuditBodies")]
public sealed class AuditBodies : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<Guid>("BodyId", "audit_entries", nullable: true);
        m.CreateIndex("IX_audit_entries_BodyId", "audit_entries", "BodyId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_audit_entries_BodyId", "audit_entries");
        m.DropColumn("BodyId", "audit_entries");
    }
}
