using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// Invitations and the roles of delegates and stakeholders belong to a body: a delegate acts for a
/// State at one body's meetings, and one body's Secretariat sees and revokes only its own invitations.
/// A delegate or stakeholder role held without a body (which acted at every body's meetings) becomes
/// one role per body, so nobody loses what they could do; a pending invitation without a body gets
/// the store's only body when there is one (otherwise it can no longer be accepted: invite again).
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261127010000_RolesOfABody")]
public sealed class RolesOfABody : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        var postgres = m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        if (postgres)
        {
            m.AddColumn<Guid>("BodyId", "invitations", nullable: true);
            m.AddForeignKey("FK_invitations_bodies_BodyId", "invitations", "BodyId", "bodies", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        }
        else
        {
            // SQLite adds a foreign key only with the column itself.
            m.Sql("""ALTER TABLE "invitations" ADD COLUMN "BodyId" TEXT NULL CONSTRAINT "FK_invitations_bodies_BodyId" REFERENCES "bodies" ("Id") ON DELETE CASCADE""");
        }
        m.CreateIndex("IX_invitations_BodyId", "invitations", "BodyId");
        m.Sql("""UPDATE invitations SET "BodyId" = (SELECT b."Id" FROM bodies b) WHERE "BodyId" IS NULL AND (SELECT COUNT(*) FROM bodies) = 1""");

        var newId = postgres
            ? "gen_random_uuid()"
            : "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))";
        m.Sql($"""
            INSERT INTO role_assignments ("Id", "UserId", "Role", "BodyId", "State", "Organization")
            SELECT {newId}, r."UserId", r."Role", b."Id", r."State", r."Organization"
            FROM role_assignments r CROSS JOIN bodies b
            WHERE r."BodyId" IS NULL AND r."Role" IN ('Delegate', 'Stakeholder')
            """);
        m.Sql("""DELETE FROM role_assignments WHERE "BodyId" IS NULL AND "Role" IN ('Delegate', 'Stakeholder')""");
    }

    protected override void Down(MigrationBuilder m)
    {
        if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL") m.DropForeignKey("FK_invitations_bodies_BodyId", "invitations");
        m.DropIndex("IX_invitations_BodyId", "invitations");
        m.DropColumn("BodyId", "invitations");
    }
}
