using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plenary.Application.Audit;

namespace Plenary.Application.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(200);
        b.Property(x => x.Action).HasMaxLength(40);
        b.HasIndex(x => x.OccurredAt);
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => x.BodyId);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}
