using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>Delegations that delegates and stakeholders register for a meeting, with their persons.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261123050000_Delegations")]
public sealed class Delegations : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("delegations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: false),
            Participant = t.Column<string>(maxLength: 300, nullable: false),
            IsState = t.Column<bool>(nullable: false),
            Category = t.Column<string>(maxLength: 40, nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_delegations", x => x.Id);
            t.ForeignKey("FK_delegations_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_delegations_BodyId_MeetingNumber_Participant", "delegations", ["BodyId", "MeetingNumber", "Participant"], unique: true);

        m.CreateTable("delegation_members", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DelegationId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Function = t.Column<string>(maxLength: 300, nullable: true),
            IsHead = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_delegation_members", x => x.Id);
            t.ForeignKey("FK_delegation_members_delegations_DelegationId", x => x.DelegationId, "delegations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_delegation_members_DelegationId_Position", "delegation_members", ["DelegationId", "Position"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("delegation_members");
        m.DropTable("delegations");
    }
}
