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
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.OriginalLanguage).HasMaxLength(2);
        b.Property(x => x.LanguageVersions).AsJsonText();
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.Ignore(x => x.ResolverLink);
    }
}
