using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;

namespace Plenary.Application.Data;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> b)
    {
        b.ToTable("bodies");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Slug).HasMaxLength(60);
        b.HasIndex(x => x.Slug).IsUnique();
        b.Property(x => x.FullName).HasMaxLength(500);
        b.Property(x => x.ShortName).HasMaxLength(120);
        b.Property(x => x.Secretariat).HasMaxLength(500);
        b.Property(x => x.SymbolSeries).HasMaxLength(100);
        b.Property(x => x.ReportTitle).HasMaxLength(300);
        b.Property(x => x.AgendaSymbolPattern).HasMaxLength(200);
        b.Property(x => x.ReportSymbolPattern).HasMaxLength(200);
        b.Property(x => x.ListOfParticipantsSymbolPattern).HasMaxLength(200);
        b.Property(x => x.ConferenceRoomPaperSymbolPattern).HasMaxLength(200);
        b.Property(x => x.LimitedSymbolPattern).HasMaxLength(200);
        b.Ignore(x => x.Conventions);
        b.Ignore(x => x.SymbolPatterns);
        b.Ignore(x => x.ReportTitlePattern);
        // Two saves from the same version: the second finds the row changed and fails.
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(x => x.Mandates).WithOne().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Mandates).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Workplans).WithOne().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Workplans).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Officers).WithOne().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Officers).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.ExtendedBureau).WithOne().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.ExtendedBureau).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.ToTable("officers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.OfficeTitle).HasMaxLength(200);
        b.Property(x => x.Person).HasMaxLength(200);
        b.Property(x => x.State).HasMaxLength(200);
        b.Ignore(x => x.Title);
        b.Ignore(x => x.StateName);
        b.Ignore(x => x.IsSingleOffice);
        b.HasIndex(x => new { x.BodyId, x.Position });
    }
}

internal sealed class ExtendedBureauMemberConfiguration : IEntityTypeConfiguration<ExtendedBureauMember>
{
    public void Configure(EntityTypeBuilder<ExtendedBureauMember> b)
    {
        b.ToTable("extended_bureau_members");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.State).HasMaxLength(200);
        b.Property(x => x.Person).HasMaxLength(200);
        b.Property(x => x.Organization).HasMaxLength(300);
        b.Ignore(x => x.StateName);
        b.HasIndex(x => new { x.BodyId, x.Position });
    }
}

internal sealed class MandateConfiguration : IEntityTypeConfiguration<Mandate>
{
    public void Configure(EntityTypeBuilder<Mandate> b)
    {
        b.ToTable("mandates");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Symbol).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(400);
        b.Property(x => x.Organ).HasMaxLength(200);
        b.Property(x => x.Session).HasMaxLength(100);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Ignore(x => x.Number);
        b.HasIndex(x => new { x.BodyId, x.Position });
    }
}

internal sealed class WorkplanConfiguration : IEntityTypeConfiguration<Workplan>
{
    public void Configure(EntityTypeBuilder<Workplan> b)
    {
        b.ToTable("workplans");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Symbol).HasMaxLength(100);
        b.HasIndex(x => x.BodyId);
        b.HasMany(x => x.PlannedMeetings).WithOne().HasForeignKey("WorkplanId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.PlannedMeetings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlannedMeetingConfiguration : IEntityTypeConfiguration<PlannedMeeting>
{
    public void Configure(EntityTypeBuilder<PlannedMeeting> b)
    {
        b.ToTable("planned_meetings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Topics).AsJsonText();
    }
}
