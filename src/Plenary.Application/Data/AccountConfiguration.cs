using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;
using Plenary.Domain.Bodies;

namespace Plenary.Application.Data;

internal sealed class PlenaryUserConfiguration : IEntityTypeConfiguration<PlenaryUser>
{
    public void Configure(EntityTypeBuilder<PlenaryUser> b) => b.Property(x => x.DisplayName).HasMaxLength(200);
}

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> b)
    {
        b.ToTable("role_assignments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<PlenaryUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.State).HasMaxLength(3);
        b.Property(x => x.Organization).HasMaxLength(300);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.BodyId);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> b)
    {
        b.ToTable("personal_access_tokens");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<PlenaryUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.Hash).IsUnique();
        b.Property(x => x.Prefix).HasMaxLength(20);
        b.HasIndex(x => x.UserId);
    }
}

/// <summary>
/// Passkeys (WebAuthn credentials) in Identity's <c>AspNetUserPasskeys</c> table. Identity's own
/// schema version 3 would keep the credential's data as a JSON document (<c>jsonb</c> on
/// PostgreSQL) and also reshape the login and token tables; here the data is one JSON text column
/// on both stores, like the other JSON lists (ADR 0003), and the other tables stay as they are.
/// </summary>
internal sealed class PasskeyConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityUserPasskey<Guid>>
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new();

    private static readonly Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<Microsoft.AspNetCore.Identity.IdentityPasskeyData> Comparer = new(
        (a, b) => Write(a) == Write(b),
        v => Write(v).GetHashCode(StringComparison.Ordinal),
        v => Read(Write(v)));

    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityUserPasskey<Guid>> b)
    {
        b.ToTable("AspNetUserPasskeys");
        b.HasKey(x => x.CredentialId);
        b.Property(x => x.CredentialId).HasMaxLength(1024); // at most 1023 bytes in WebAuthn
        b.HasOne<PlenaryUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        b.HasIndex(x => x.UserId);
        b.Property(x => x.Data).HasConversion(v => Write(v), v => Read(v), Comparer).IsRequired();
    }

    // Internal, not private: EF Core's compiled model (CompiledModel) calls these.
    internal static string Write(Microsoft.AspNetCore.Identity.IdentityPasskeyData? data) =>
        data is null ? "" : System.Text.Json.JsonSerializer.Serialize(data, Json);

    internal static Microsoft.AspNetCore.Identity.IdentityPasskeyData Read(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<Microsoft.AspNetCore.Identity.IdentityPasskeyData>(json, Json)!;
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("invitations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.State).HasMaxLength(3);
        b.Property(x => x.Organization).HasMaxLength(300);
        b.Property(x => x.InvitedBy).HasMaxLength(256);
        b.HasOne<PlenaryUser>().WithMany().HasForeignKey(x => x.InvitedById).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<PlenaryUser>().WithMany().HasForeignKey(x => x.AcceptedById).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.BodyId);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        // Accepting and revoking check that nobody took the same step in between (the link works once).
        b.Property(x => x.AcceptedAt).IsConcurrencyToken();
        b.Property(x => x.RevokedAt).IsConcurrencyToken();
        b.HasIndex(x => x.InvitedById);
        b.HasIndex(x => x.AcceptedById);
    }
}
