using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>The append-only audit trail: every write, who made it, through which channel, before and after.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261122220000_AuditTrail")]
public sealed class AuditTrail : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("audit_entries", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            OccurredAt = t.Column<DateTimeOffset>(nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            Actor = t.Column<string>(maxLength: 256, nullable: false),
            Channel = t.Column<string>(maxLength: 40, nullable: false),
            EntityType = t.Column<string>(maxLength: 100, nullable: false),
            EntityId = t.Column<string>(maxLength: 200, nullable: false),
            Action = t.Column<string>(maxLength: 40, nullable: false),
            MeetingId = t.Column<Guid>(nullable: true),
            Before = t.Column<string>(nullable: true),
            After = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_audit_entries", x => x.Id));
        m.CreateIndex("IX_audit_entries_OccurredAt", "audit_entries", "OccurredAt");
        m.CreateIndex("IX_audit_entries_MeetingId", "audit_entries", "MeetingId");
        m.CreateIndex("IX_audit_entries_UserId", "audit_entries", "UserId");
        m.CreateIndex("IX_audit_entries_EntityType_EntityId", "audit_entries", ["EntityType", "EntityId"]);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("audit_entries");
}
