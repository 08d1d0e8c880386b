using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// Accounts (ASP.NET Core Identity's tables), the roles users hold with their scope, and the
/// data-protection keys, so that sign-ins survive restarts and work across instances.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261122210000_Accounts")]
public sealed class Accounts : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("AspNetRoles", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));
        m.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);

        m.CreateTable("AspNetUsers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DisplayName = t.Column<string>(maxLength: 200, nullable: false),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
            Email = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
            EmailConfirmed = t.Column<bool>(nullable: false),
            PasswordHash = t.Column<string>(nullable: true),
            SecurityStamp = t.Column<string>(nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
            PhoneNumber = t.Column<string>(nullable: true),
            PhoneNumberConfirmed = t.Column<bool>(nullable: false),
            TwoFactorEnabled = t.Column<bool>(nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = t.Column<bool>(nullable: false),
            AccessFailedCount = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AspNetUsers", x => x.Id));
        m.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        m.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);

        m.CreateTable("AspNetRoleClaims", t => new
        {
            Id = Identity(t),
            RoleId = t.Column<Guid>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
            t.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");

        m.CreateTable("AspNetUserClaims", t => new
        {
            Id = Identity(t),
            UserId = t.Column<Guid>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");

        m.CreateTable("AspNetUserLogins", t => new
        {
            LoginProvider = t.Column<string>(nullable: false),
            ProviderKey = t.Column<string>(nullable: false),
            ProviderDisplayName = t.Column<string>(nullable: true),
            UserId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");

        m.CreateTable("AspNetUserRoles", t => new
        {
            UserId = t.Column<Guid>(nullable: false),
            RoleId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
            t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");

        m.CreateTable("AspNetUserTokens", t => new
        {
            UserId = t.Column<Guid>(nullable: false),
            LoginProvider = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("DataProtectionKeys", t => new
        {
            Id = Identity(t),
            FriendlyName = t.Column<string>(nullable: true),
            Xml = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        m.CreateTable("role_assignments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Role = t.Column<string>(maxLength: 40, nullable: false),
            BodyId = t.Column<Guid>(nullable: true),
            State = t.Column<string>(maxLength: 3, nullable: true),
            Organization = t.Column<string>(maxLength: 300, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_role_assignments", x => x.Id);
            t.ForeignKey("FK_role_assignments_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_role_assignments_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_role_assignments_UserId", "role_assignments", "UserId");
        m.CreateIndex("IX_role_assignments_BodyId", "role_assignments", "BodyId");
    }

    /// <summary>An integer key the store numbers itself; each provider reads its own annotation.</summary>
    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder t) =>
        t.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[]
                 {
                     "role_assignments", "DataProtectionKeys", "AspNetUserTokens", "AspNetUserRoles", "AspNetUserLogins",
                     "AspNetUserClaims", "AspNetRoleClaims", "AspNetUsers", "AspNetRoles",
                 })
            m.DropTable(table);
    }
}
