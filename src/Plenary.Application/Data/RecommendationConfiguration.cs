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

internal sealed class ConsolidationConfiguration : IEntityTypeConfiguration<Consolidation>
{
    public void Configure(EntityTypeBuilder<Consolidation> b)
    {
        b.ToTable("consolidations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        // One consolidation per stocktaking convening.
        b.HasIndex(x => new { x.BodyId, x.MeetingNumber }).IsUnique();
        b.Property(x => x.IgnoredProposals).AsJsonText();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsFinalised);
        b.HasMany(x => x.Texts).WithOne().HasForeignKey(x => x.ConsolidationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Texts).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(x => x.ConsolidationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Snapshots).WithOne().HasForeignKey(x => x.ConsolidationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Snapshots).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConsolidatedTextConfiguration : IEntityTypeConfiguration<ConsolidatedText>
{
    public void Configure(EntityTypeBuilder<ConsolidatedText> b)
    {
        b.ToTable("consolidated_texts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.ConsolidationId, x.Number }).IsUnique();
        b.Property(x => x.Topic).HasMaxLength(300);
        b.Property(x => x.Sources).AsJsonText();
        b.Property(x => x.Text).HasMaxLength(PreliminaryText.MaxText);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.ConsolidatedTextId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_consolidated_text_versions_texts"); // the conventional name is longer than PostgreSQL keeps
        b.Navigation(x => x.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConsolidatedVersionConfiguration : IEntityTypeConfiguration<ConsolidatedVersion>
{
    public void Configure(EntityTypeBuilder<ConsolidatedVersion> b)
    {
        b.ToTable("consolidated_text_versions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.ConsolidatedTextId, x.Number }).IsUnique();
        b.Property(x => x.Text).HasMaxLength(PreliminaryText.MaxText);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.By).HasMaxLength(256);
    }
}

internal sealed class PreliminaryDecisionConfiguration : IEntityTypeConfiguration<PreliminaryDecision>
{
    public void Configure(EntityTypeBuilder<PreliminaryDecision> b)
    {
        b.ToTable("preliminary_dispositions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.ConsolidationId, x.Identifier }).IsUnique();
        b.Property(x => x.Identifier).HasMaxLength(30);
        b.Property(x => x.Reason).HasMaxLength(Consolidation.MaxReason);
    }
}

internal sealed class AgreedSnapshotConfiguration : IEntityTypeConfiguration<AgreedSnapshot>
{
    public void Configure(EntityTypeBuilder<AgreedSnapshot> b)
    {
        b.ToTable("agreed_snapshots");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.ConsolidationId, x.Number }).IsUnique();
        b.Property(x => x.PublishedBy).HasMaxLength(256);
        b.Ignore(x => x.Heading);
        b.HasMany(x => x.Texts).WithOne().HasForeignKey(x => x.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Texts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SnapshotTextConfiguration : IEntityTypeConfiguration<SnapshotText>
{
    public void Configure(EntityTypeBuilder<SnapshotText> b)
    {
        b.ToTable("agreed_snapshot_texts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.SnapshotId, x.Position }).IsUnique();
        b.Property(x => x.Topic).HasMaxLength(300);
        b.Property(x => x.Text).HasMaxLength(PreliminaryText.MaxText);
    }
}

internal sealed class CommentRoundConfiguration : IEntityTypeConfiguration<CommentRound>
{
    public void Configure(EntityTypeBuilder<CommentRound> b)
    {
        b.ToTable("comment_rounds");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BodyId, x.Number }).IsUnique();
        b.Property(x => x.CompilationSymbol).HasMaxLength(100);
        // The compilation's identifiers as circulated: up to some thousand texts.
        b.Property(x => x.Items).AsJsonText().HasMaxLength(40000);
        b.Property(x => x.DeadlineTimeZone).HasMaxLength(100);
        b.Property(x => x.OpenedBy).HasMaxLength(256);
        b.Property(x => x.ExtendedBy).HasMaxLength(256);
        b.Property(x => x.WithdrawnBy).HasMaxLength(256);
        b.Property(x => x.WithdrawalReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Deadline);
        b.Ignore(x => x.OriginalDeadline);
        b.Ignore(x => x.IsWithdrawn);
        b.Ignore(x => x.Audience);
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> b)
    {
        b.ToTable("comments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // Each comment is edited on its own (the review), so that delegations commenting at once never meet.
        b.HasOne<CommentRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.RoundId, x.Number }).IsUnique();
        b.Property(x => x.CommenterKey).HasMaxLength(300);
        b.Property(x => x.CommenterName).HasMaxLength(350);
        b.Property(x => x.Item).HasMaxLength(30);
        b.Property(x => x.Text).HasMaxLength(CommentRound.MaxText);
        b.Property(x => x.AttachmentName).HasMaxLength(255);
        b.Property(x => x.AttachmentType).HasMaxLength(100);
        b.Property(x => x.AttachmentSha256).HasMaxLength(64);
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.Property(x => x.DeclineReason).HasMaxLength(1000);
        b.Property(x => x.ReviewedBy).HasMaxLength(256);
        b.Ignore(x => x.Attachment);
    }
}

/// <summary>The bytes of comments' attachments, in their own table: listing comments never reads them (as document files, ADR 0009).</summary>
internal sealed class CommentAttachmentConfiguration : IEntityTypeConfiguration<CommentAttachment>
{
    public void Configure(EntityTypeBuilder<CommentAttachment> b)
    {
        b.ToTable("comment_attachments");
        b.HasKey(x => x.CommentId);
        b.HasOne<Comment>().WithOne().HasForeignKey<CommentAttachment>(x => x.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}
