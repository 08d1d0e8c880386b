using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Application.Data;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("meetings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BodyId, x.Number }).IsUnique();
        b.Property(x => x.Venue).HasMaxLength(200);
        b.Property(x => x.ReportSymbol).HasMaxLength(100);
        b.Property(x => x.Designation).HasMaxLength(60);
        b.Property(x => x.OpenedByOther).HasMaxLength(300);
        // Two saves from the same version: the second finds the row changed and fails.
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Topics).AsJsonText();
        b.Ignore(x => x.Dates);
        b.Ignore(x => x.AgendaInOrder);

        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.PlenaryMeetings).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.AgendaItems).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.OrganizationOfWork).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        foreach (var nav in new[] { "History", "PlenaryMeetings", "AgendaItems", "OrganizationOfWork" })
            b.Navigation(nav).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MeetingEventConfiguration : IEntityTypeConfiguration<MeetingEvent>
{
    public void Configure(EntityTypeBuilder<MeetingEvent> b)
    {
        b.ToTable("meeting_events");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.DecidedBy).HasMaxLength(200);
        b.Property(x => x.Details).HasMaxLength(2000);
        b.Property(x => x.RecordedBy).HasMaxLength(200);
        b.Ignore(x => x.PreviousDates);
        b.Ignore(x => x.NewDates);
        b.HasIndex(x => new { x.MeetingId, x.OccurredOn });
    }
}

internal sealed class PlenaryMeetingConfiguration : IEntityTypeConfiguration<PlenaryMeeting>
{
    public void Configure(EntityTypeBuilder<PlenaryMeeting> b)
    {
        b.ToTable("plenary_meetings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // Not unique in the store: adding, moving or removing a plenary meeting renumbers several rows
        // in one save, and the meeting itself keeps the numbers unique and in the order held.
        b.HasIndex(x => new { x.MeetingId, x.Number });
        b.Property(x => x.InterpretationLanguages).AsJsonText();
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("agenda_items");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.SubItem).HasMaxLength(1);
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.ShortTitle).HasMaxLength(300);
        b.Ignore(x => x.Number);
        // Not unique in the store: moving an item renumbers several rows in one save, and the
        // meeting itself keeps the numbering unique and contiguous.
        b.HasIndex(x => new { x.MeetingId, x.Item, x.SubItem });
        b.HasMany(x => x.Documentation).WithOne().HasForeignKey("AgendaItemId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Documentation).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Panellists).WithOne().HasForeignKey("AgendaItemId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Panellists).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DocumentationReferenceConfiguration : IEntityTypeConfiguration<DocumentationReference>
{
    public void Configure(EntityTypeBuilder<DocumentationReference> b)
    {
        b.ToTable("agenda_item_documentation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Symbol).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(1000);
    }
}

internal sealed class PanellistConfiguration : IEntityTypeConfiguration<Panellist>
{
    public void Configure(EntityTypeBuilder<Panellist> b)
    {
        b.ToTable("panellists");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(PersonName.MaxTitle);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.State).HasMaxLength(200);
        b.Property(x => x.Organization).HasMaxLength(300);
        b.Ignore(x => x.Person);
        b.Ignore(x => x.From);
    }
}

internal sealed class OrganizationOfWorkRowConfiguration : IEntityTypeConfiguration<OrganizationOfWorkRow>
{
    public void Configure(EntityTypeBuilder<OrganizationOfWorkRow> b)
    {
        b.ToTable("organization_of_work");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.AgendaItem).HasMaxLength(10);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Ignore(x => x.ItemNumber);
        b.HasIndex(x => new { x.MeetingId, x.Position });
    }
}
