using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>Invitations by link for delegates and stakeholders; only the token's hash is stored.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261123010000_Invitations")]
public sealed class Invitations : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("invitations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Email = t.Column<string>(maxLength: 256, nullable: false),
            Role = t.Column<string>(maxLength: 40, nullable: false),
            State = t.Column<string>(maxLength: 3, nullable: true),
            Organization = t.Column<string>(maxLength: 300, nullable: true),
            InvitedById = t.Column<Guid>(nullable: true),
            InvitedBy = t.Column<string>(maxLength: 256, nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            ExpiresAt = t.Column<DateTimeOffset>(nullable: false),
            AcceptedAt = t.Column<DateTimeOffset>(nullable: true),
            AcceptedById = t.Column<Guid>(nullable: true),
            RevokedAt = t.Column<DateTimeOffset>(nullable: true),
            TokenHash = t.Column<string>(maxLength: 64, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_invitations", x => x.Id);
            t.ForeignKey("FK_invitations_AspNetUsers_InvitedById", x => x.InvitedById, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
            t.ForeignKey("FK_invitations_AspNetUsers_AcceptedById", x => x.AcceptedById, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("IX_invitations_TokenHash", "invitations", "TokenHash", unique: true);
        m.CreateIndex("IX_invitations_InvitedById", "invitations", "InvitedById");
        m.CreateIndex("IX_invitations_AcceptedById", "invitations", "AcceptedById");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("invitations");
}
