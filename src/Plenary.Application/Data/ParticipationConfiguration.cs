using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plenary.Domain.Bodies;
using Plenary.Domain.Participation;

namespace Plenary.Application.Data;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.ToTable("delegations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Participant).HasMaxLength(300);
        b.Property(x => x.Version).IsConcurrencyToken();
        // By body and meeting number, like documents: a re-imported record keeps its registrations.
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        // A State and an organization are different participants even under the same name ("ZAF").
        b.HasIndex(x => new { x.BodyId, x.MeetingNumber, x.IsState, x.Participant }).IsUnique();
        b.Ignore(x => x.Head);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DelegationMemberConfiguration : IEntityTypeConfiguration<DelegationMember>
{
    public void Configure(EntityTypeBuilder<DelegationMember> b)
    {
        b.ToTable("delegation_members");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Function).HasMaxLength(300);
        b.HasIndex(x => new { x.DelegationId, x.Position });
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("organizations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(Organization.MaxName);
        b.Property(x => x.Abbreviation).HasMaxLength(Organization.MaxAbbreviation);
        b.Property(x => x.Version).IsConcurrencyToken();
        // Names are also kept apart case and accents aside (Organizations); this index stops an exact twin in a race.
        b.HasIndex(x => x.Name).IsUnique();
    }
}
