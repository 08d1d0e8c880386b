using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Accounts;
using Plenary.Application.Audit;
using Plenary.Domain.Accounts;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Data;

/// <summary>
/// The one context for the whole record, its accounts and the data-protection keys. Use cases work
/// with it directly (ADR 0002).
/// </summary>
public sealed class PlenaryDbContext(DbContextOptions<PlenaryDbContext> options)
    : IdentityDbContext<PlenaryUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<Plenary.Domain.Participation.Delegation> Delegations => Set<Plenary.Domain.Participation.Delegation>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Plenary.Domain.Participation.Organization> Organizations => Set<Plenary.Domain.Participation.Organization>();
    public DbSet<Plenary.Domain.Decisions.SilenceProcedure> SilenceProcedures => Set<Plenary.Domain.Decisions.SilenceProcedure>();
    public DbSet<Plenary.Domain.Decisions.SilenceSettings> SilenceSettings => Set<Plenary.Domain.Decisions.SilenceSettings>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Plenary.Domain.Recommendations.PreliminaryText> PreliminaryTexts => Set<Plenary.Domain.Recommendations.PreliminaryText>();
    public DbSet<Plenary.Domain.Recommendations.Suggestion> Suggestions => Set<Plenary.Domain.Recommendations.Suggestion>();
    public DbSet<Plenary.Domain.Recommendations.Consolidation> Consolidations => Set<Plenary.Domain.Recommendations.Consolidation>();
    public DbSet<Plenary.Domain.Recommendations.CommentRound> CommentRounds => Set<Plenary.Domain.Recommendations.CommentRound>();
    public DbSet<Plenary.Domain.Recommendations.CommentAttachment> CommentAttachments => Set<Plenary.Domain.Recommendations.CommentAttachment>();
    public DbSet<Plenary.Domain.Participation.DelegationLetter> DelegationLetters => Set<Plenary.Domain.Participation.DelegationLetter>();
    public DbSet<Plenary.Domain.Participation.SpeakersList> SpeakersLists => Set<Plenary.Domain.Participation.SpeakersList>();
    public DbSet<Plenary.Domain.Participation.Statement> Statements => Set<Plenary.Domain.Participation.Statement>();
    public DbSet<Plenary.Domain.Participation.StatementText> StatementTexts => Set<Plenary.Domain.Participation.StatementText>();

    /// <summary>Who is writing through this context; the web app, the CLI and import set it.</summary>
    public AuditActor Actor { get; set; } = AuditActor.System;

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Off while a step records its own summary entry instead of one per row (import).</summary>
    public bool AuditEachEntity { get; set; } = true;

    public DbSet<RecordVersion> RecordVersions => Set<RecordVersion>();

    /// <summary>
    /// Off only for a store whose schema predates the versions (a migration test writing at an old
    /// migration): saves then raise neither the record's nor the accounts' version.
    /// </summary>
    public bool RaiseVersions { get; set; } = true;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AddAuditEntries();
        var (record, accounts, inboxes) = RaiseVersions ? (ChangesTheRecord(), ChangesAccounts(), ChangesInboxes()) : (false, false, false);
        if (!record && !accounts && !inboxes) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // The record's (and the accounts') version rises in the same transaction as the change (ADR 0020).
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (record) await Database.ExecuteSqlRawAsync(RecordVersion.RaiseSql, cancellationToken);
            if (accounts) await Database.ExecuteSqlRawAsync(RecordVersion.RaiseAccountsSql, cancellationToken);
            if (inboxes) await Database.ExecuteSqlRawAsync(RecordVersion.RaiseInboxesSql, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AddAuditEntries();
        var (record, accounts, inboxes) = RaiseVersions ? (ChangesTheRecord(), ChangesAccounts(), ChangesInboxes()) : (false, false, false);
        if (!record && !accounts && !inboxes) return base.SaveChanges(acceptAllChangesOnSuccess);
        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (record) Database.ExecuteSqlRaw(RecordVersion.RaiseSql);
        if (accounts) Database.ExecuteSqlRaw(RecordVersion.RaiseAccountsSql);
        if (inboxes) Database.ExecuteSqlRaw(RecordVersion.RaiseInboxesSql);
        own?.Commit();
        return saved;
    }

    /// <summary>
    /// Whether the pending changes touch the record that pages and documents show: anything but
    /// accounts (and their roles, tokens, passkeys, invitations), data-protection keys, the audit trail and
    /// each user's notifications (the inbox and its emails). Any other entity, including one added later,
    /// is the record: a new write path raises the version without doing anything (ADR 0020).
    /// </summary>
    private bool ChangesTheRecord() => ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && e.Entity is not (AuditEntry or DataProtectionKey or RecordVersion or Plenary.Application.Notifications.Notification)
        && !IsAccount(e.Metadata.ClrType));

    /// <summary>Whether the pending changes touch an account, its roles, tokens, passkeys or invitations (what a session is checked against).</summary>
    private bool ChangesAccounts() => ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAccount(e.Metadata.ClrType));

    /// <summary>Whether the pending changes add, read or remove a notification (what an unread count is kept against).</summary>
    private bool ChangesInboxes() => ChangeTracker.Entries<Plenary.Application.Notifications.Notification>().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private static bool IsAccount(Type type) => type.Namespace is { } ns
        && (ns.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) || ns.EndsWith(".Accounts", StringComparison.Ordinal));

    private void AddAuditEntries()
    {
        ChangeTracker.DetectChanges();
        var entries = AuditTrail.Capture(ChangeTracker, Actor, Clock.GetUtcNow(), AuditEachEntity);
        if (entries.Count > 0) AuditEntries.AddRange(entries);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PlenaryDbContext).Assembly);
        // The register's order is a byte order (DocumentSymbol.SortKey): PostgreSQL's default collation follows
        // the locale, which ignores the key's separators; SQLite's default is already binary.
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
            builder.Entity<Plenary.Domain.Documents.Document>().Property(d => d.SymbolOrder).UseCollation("C");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the store and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
