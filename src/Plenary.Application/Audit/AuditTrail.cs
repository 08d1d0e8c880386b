using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Plenary.Application.Accounts;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Audit;

/// <summary>Turns the changes about to be saved into audit entries (see PlenaryDbContext.SaveChangesAsync).</summary>
internal static class AuditTrail
{
    public static List<AuditEntry> Capture(ChangeTracker tracker, AuditActor actor, DateTimeOffset now, bool eachEntity)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in tracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is AuditEntry)
            {
                if (entry.State != EntityState.Added) throw new InvalidOperationException("Audit entries are never changed or removed.");
                continue;
            }
            if (!eachEntity) continue;
            if (entry.Metadata.IsOwned() || entry.Entity is Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey) continue;
            var properties = entry.Properties.Where(p => !p.Metadata.IsShadowProperty() || p.Metadata.IsForeignKey()).ToList();
            if (entry.State == EntityState.Modified && properties.All(p => !p.IsModified)) continue;
            var before = entry.State == EntityState.Added ? null : Json(properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
            var after = entry.State == EntityState.Deleted ? null : Json(properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
            entries.Add(AuditEntry.Record(now, actor, NameOf(entry), KeyOf(entry), entry.State.ToString(), MeetingOf(entry), before, after, BodyOf(entry)));
        }
        return entries;
    }

    /// <summary>The entity's type as people read it: Identity's generic passkey row is a "Passkey".</summary>
    private static string NameOf(EntityEntry entry) =>
        entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserPasskey<Guid> ? "Passkey" : entry.Metadata.ClrType.Name;

    /// <summary>The key as text; a binary key (a passkey's credential id) in base64url, as WebAuthn writes it.</summary>
    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue switch
        {
            byte[] bytes => System.Buffers.Text.Base64Url.EncodeToString(bytes),
            var v => v?.ToString(),
        }));

    private static Guid? MeetingOf(EntityEntry entry) => entry.Entity switch
    {
        Meeting m => m.Id,
        _ when entry.Metadata.FindProperty("MeetingId") is { } p && entry.Property(p.Name).CurrentValue is Guid id => id,
        _ => null,
    };

    private static Guid? BodyOf(EntityEntry entry) => entry.Entity switch
    {
        Plenary.Domain.Bodies.Body b => b.Id,
        _ when entry.Metadata.FindProperty("BodyId") is { } p && entry.Property(p.Name).CurrentValue is Guid id => id,
        _ => null,
    };

    // Left out: secrets (password hashes, stamps, token hashes), a document file's bytes (its Sha256
    // stays, so a replaced file is kept in the trail as its hash only) and a document's symbol order key
    // (made from its symbol, which the trail keeps; its separators are not text a reader can read). A passkey's data stays in: its
    // public key, counters, attestation and client data are public by design (what the browser sent at
    // registration, no private key and no reusable challenge), and they show which credential changed.
    private static string Json(Dictionary<string, object?> values) =>
        JsonSerializer.Serialize(values.Where(kv => kv.Key is not (nameof(PlenaryUser.PasswordHash) or nameof(PlenaryUser.SecurityStamp) or nameof(PlenaryUser.ConcurrencyStamp) or nameof(PersonalAccessToken.Hash) or nameof(Plenary.Domain.Accounts.Invitation.TokenHash) or nameof(Plenary.Domain.Documents.DocumentFile.Content) or nameof(Plenary.Domain.Documents.Document.SymbolOrder)))
            .ToDictionary(kv => kv.Key, kv => kv.Value));
}
