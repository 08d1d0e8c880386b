using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plenary.Application.Data;

/// <summary>
/// The version of the whole record: one row whose value every save that changes the record raises by
/// one, in the same transaction (PlenaryDbContext.SaveChangesAsync). Row locking orders the raises
/// as the commits, so a reader that sees a value sees every write that came before it: caches keyed
/// by this value are never stale, on any instance (ADR 0020). Accounts, keys and the audit trail are
/// not the record: changing them alone leaves the version as it is.
/// </summary>
public sealed class RecordVersion
{
    public const string Table = "record_version";

    private RecordVersion() { }

    public int Id { get; private set; }
    public long Value { get; private set; }

    /// <summary>SQL that raises the version, for the save that changes the record (both providers).</summary>
    internal const string RaiseSql = $"UPDATE {Table} SET \"Value\" = \"Value\" + 1 WHERE \"Id\" = 1";

    /// <summary>SQL that reads it.</summary>
    public const string ReadSql = $"SELECT \"Value\" FROM {Table} WHERE \"Id\" = 1";
}

internal sealed class RecordVersionConfiguration : IEntityTypeConfiguration<RecordVersion>
{
    public void Configure(EntityTypeBuilder<RecordVersion> b)
    {
        b.ToTable(RecordVersion.Table);
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
    }
}
