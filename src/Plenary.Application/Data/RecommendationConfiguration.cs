using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plenary.Domain.Bodies;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Data;

internal sealed class PreliminaryTextConfiguration : IEntityTypeConfiguration<PreliminaryText>
{
    public void Configure(EntityTypeBuilder<PreliminaryText> b)
    {
        b.ToTable("preliminary_texts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // By body and convening number, like documents and delegations.
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Identifier).HasMaxLength(30);
        // An identifier names one text of the body for good: two texts recorded at once cannot both take it.
        b.HasIndex(x => new { x.BodyId, x.Identifier }).IsUnique();
        b.HasIndex(x => new { x.BodyId, x.MeetingNumber });
        b.Property(x => x.TopicCode).HasMaxLength(10);
        b.Property(x => x.Topic).HasMaxLength(300);
        b.Property(x => x.AgendaItem).HasMaxLength(10);
        b.Property(x => x.Text).HasMaxLength(PreliminaryText.MaxText);
        b.Property(x => x.Language).HasMaxLength(2);
        b.Property(x => x.SuggestedBy).AsJsonText();
        b.Property(x => x.RemovalReason).HasMaxLength(1000);
        b.Property(x => x.MergedInto).HasMaxLength(30);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.ToTable("suggestions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BodyId, x.MeetingNumber });
        b.Property(x => x.State).HasMaxLength(3);
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.Property(x => x.Topic).HasMaxLength(300);
        b.Property(x => x.AgendaItem).HasMaxLength(10);
        b.Property(x => x.Text).HasMaxLength(PreliminaryText.MaxText);
        b.Property(x => x.Language).HasMaxLength(2);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Result).HasMaxLength(30);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
