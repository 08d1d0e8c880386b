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

    /// <summary>The row of the record's version.</summary>
    public const int Record = 1;

    /// <summary>
    /// The row of the accounts' version: raised by every save that changes an account, its roles, tokens or
    /// passkeys (a sign-out everywhere, a new password, a role taken away, a lock). A session checked at
    /// that version need not be checked again until it rises (Web: SessionCheck).
    /// </summary>
    public const int Accounts = 2;

    /// <summary>
    /// The row of the inboxes' version: raised by every save that adds a notification or marks one read, so
    /// that each signed-in page's unread count is kept per reader until it rises (Notifications: UnreadCounts).
    /// </summary>
    public const int Inboxes = 3;

    /// <summary>SQL that raises the version, for the save that changes the record (both providers).</summary>
    internal const string RaiseSql = $"UPDATE {Table} SET \"Value\" = \"Value\" + 1 WHERE \"Id\" = 1";

    /// <summary>SQL that raises the accounts' version.</summary>
    internal const string RaiseAccountsSql = $"UPDATE {Table} SET \"Value\" = \"Value\" + 1 WHERE \"Id\" = 2";

    /// <summary>SQL that raises the inboxes' version.</summary>
    internal const string RaiseInboxesSql = $"UPDATE {Table} SET \"Value\" = \"Value\" + 1 WHERE \"Id\" = 3";

    /// <summary>SQL that reads one row's version.</summary>
    public static string ReadRowSql(int row) => $"SELECT \"Value\" FROM {Table} WHERE \"Id\" = {row}";

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
