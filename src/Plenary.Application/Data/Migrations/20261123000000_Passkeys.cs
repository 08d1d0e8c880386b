using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// Passkeys: a user's WebAuthn credentials (id, public key and counters as JSON text), a second way
/// to sign in beside the password.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261123000000_Passkeys")]
public sealed class Passkeys : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("AspNetUserPasskeys", t => new
        {
            CredentialId = t.Column<byte[]>(maxLength: 1024, nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Data = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserPasskeys", x => x.CredentialId);
            t.ForeignKey("FK_AspNetUserPasskeys_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserPasskeys_UserId", "AspNetUserPasskeys", "UserId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("AspNetUserPasskeys");
}
