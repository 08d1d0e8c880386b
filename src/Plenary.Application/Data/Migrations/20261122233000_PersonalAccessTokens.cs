using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>Personal access tokens for the API's writes; only their hashes are stored.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261122233000_PersonalAccessTokens")]
public sealed class PersonalAccessTokens : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("personal_access_tokens", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 100, nullable: false),
            Hash = t.Column<string>(maxLength: 64, nullable: false),
            Prefix = t.Column<string>(maxLength: 20, nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            ExpiresAt = t.Column<DateTimeOffset>(nullable: false),
            RevokedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_personal_access_tokens", x => x.Id);
            t.ForeignKey("FK_personal_access_tokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_personal_access_tokens_Hash", "personal_access_tokens", "Hash", unique: true);
        m.CreateIndex("IX_personal_access_tokens_UserId", "personal_access_tokens", "UserId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("personal_access_tokens");
}
