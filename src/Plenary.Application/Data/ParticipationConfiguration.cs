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
        b.Property(x => x.LetterFileName).HasMaxLength(255);
        b.Property(x => x.LetterContentType).HasMaxLength(100);
        b.Property(x => x.LetterSha256).HasMaxLength(64);
        b.Property(x => x.LetterUploadedBy).HasMaxLength(256);
        b.Property(x => x.AttendedPlenaryMeetings).AsJsonText();
        b.Ignore(x => x.Head);
        b.Ignore(x => x.HasLetter);
        b.Ignore(x => x.MembersInOrder);
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
        b.Property(x => x.Title).HasMaxLength(PersonName.MaxTitle);
        b.Property(x => x.FirstName).HasMaxLength(PersonName.MaxName);
        b.Property(x => x.FamilyName).HasMaxLength(PersonName.MaxName);
        b.Property(x => x.Function).HasMaxLength(300);
        b.Property(x => x.Email).HasMaxLength(EmailAddresses.MaxLength);
        b.Ignore(x => x.Name);
        b.Ignore(x => x.IsHead);
        b.HasIndex(x => new { x.DelegationId, x.Position });
    }
}

/// <summary>A delegation's letter, bytes included, in its own table: editing or listing delegations never reads it.</summary>
internal sealed class DelegationLetterConfiguration : IEntityTypeConfiguration<DelegationLetter>
{
    public void Configure(EntityTypeBuilder<DelegationLetter> b)
    {
        b.ToTable("delegation_letters");
        b.HasKey(x => x.DelegationId);
        b.HasOne<Delegation>().WithOne().HasForeignKey<DelegationLetter>(x => x.DelegationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpeakersListConfiguration : IEntityTypeConfiguration<SpeakersList>
{
    public void Configure(EntityTypeBuilder<SpeakersList> b)
    {
        b.ToTable("speakers_lists");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Item).HasMaxLength(10);
        b.Property(x => x.Version).IsConcurrencyToken();
        // By body and meeting number, like delegations: one list per meeting, kept when a record is imported again.
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BodyId, x.MeetingNumber }).IsUnique();
        b.Ignore(x => x.Current);
        b.HasMany(x => x.Speakers).WithOne().HasForeignKey(x => x.ListId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Speakers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SpeakerConfiguration : IEntityTypeConfiguration<Speaker>
{
    public void Configure(EntityTypeBuilder<Speaker> b)
    {
        b.ToTable("speakers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Item).HasMaxLength(10);
        b.Property(x => x.Participant).HasMaxLength(300);
        b.Property(x => x.OnBehalfOf).HasMaxLength(200);
        b.HasIndex(x => new { x.ListId, x.Item, x.Position });
    }
}

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> b)
    {
        b.ToTable("statements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Item).HasMaxLength(10);
        b.Property(x => x.Participant).HasMaxLength(300);
        b.Property(x => x.OnBehalfOf).HasMaxLength(200);
        b.Property(x => x.TextFileName).HasMaxLength(255);
        b.Property(x => x.TextContentType).HasMaxLength(100);
        b.Property(x => x.TextSha256).HasMaxLength(64);
        b.Property(x => x.TextUploadedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.HasText);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BodyId, x.MeetingNumber, x.PlenaryMeeting });
        // A request for the floor is recorded as one statement at most.
        b.HasIndex(x => x.SpeakerId).IsUnique();
    }
}

internal sealed class StatementTextConfiguration : IEntityTypeConfiguration<StatementText>
{
    public void Configure(EntityTypeBuilder<StatementText> b)
    {
        b.ToTable("statement_texts");
        b.HasKey(x => x.StatementId);
        b.HasOne<Statement>().WithOne().HasForeignKey<StatementText>(x => x.StatementId).OnDelete(DeleteBehavior.Cascade);
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
