using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;

namespace Plenary.Application.Data;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("documents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Symbol).HasMaxLength(100);
        b.HasIndex(x => x.Symbol).IsUnique();
        b.HasIndex(x => new { x.BodyId, x.MeetingNumber });
        // The register's order, sorted by the store (a binary collation: PostgreSQL's "C" is set in OnModelCreating).
        b.Property(x => x.SymbolOrder).HasMaxLength(400);
        b.HasIndex(x => new { x.BodyId, x.SymbolOrder });
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.OriginalLanguage).HasMaxLength(2);
        b.Property(x => x.LanguageVersions).AsJsonText();
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.Property(x => x.AgendaItem).HasMaxLength(10);
        b.Ignore(x => x.ResolverLink);
        // The edit counter (not the issue Version) guards the register entry against stale edits.
        b.Property(x => x.EditVersion).IsConcurrencyToken();
    }
}

/// <summary>
/// The files of the language versions, bytes included, in their own table: listing the register
/// never reads it, and the store keeps the record and its files in one backup (ADR 0009).
/// </summary>
internal sealed class DocumentFileConfiguration : IEntityTypeConfiguration<DocumentFile>
{
    public void Configure(EntityTypeBuilder<DocumentFile> b)
    {
        b.ToTable("document_files");
        b.HasKey(x => new { x.DocumentId, x.Language });
        b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Language).HasMaxLength(2);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
    }
}
