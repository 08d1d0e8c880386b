using Microsoft.EntityFrameworkCore;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Data;

/// <summary>The one context for the whole record. Use cases work with it directly (ADR 0002).</summary>
public sealed class PlenaryDbContext(DbContextOptions<PlenaryDbContext> options) : DbContext(options)
{
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Document> Documents => Set<Document>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlenaryDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the store and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
