namespace Plenary.Application.Audit;

/// <summary>Through which door a write came in.</summary>
public enum AuditChannel { Web, Api, Cli, Import, System }

/// <summary>Who is writing: set once per request or command, read when changes are saved.</summary>
public sealed record AuditActor(Guid? UserId, string Name, AuditChannel Channel)
{
    public static readonly AuditActor System = new(null, "system", AuditChannel.System);
}

/// <summary>
/// One write, kept for good: who, when, through which channel, which entity, and its values before
/// and after (JSON). Plenary only ever adds these rows.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid? UserId { get; private set; }
    public string Actor { get; private set; } = "";
    public AuditChannel Channel { get; private set; }
    /// <summary>The entity's type in the glossary's words: "Meeting", "AgendaItem", "Document".</summary>
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    /// <summary>"Added", "Modified", "Deleted", or a named step such as "Imported".</summary>
    public string Action { get; private set; } = "";
    /// <summary>The meeting the entity belongs to, so a meeting's History panel finds every change in it.</summary>
    public Guid? MeetingId { get; private set; }
    /// <summary>The body the entity belongs to (a body itself, its mandates, workplans, meetings, documents), for the body's History panel.</summary>
    public Guid? BodyId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    private AuditEntry() { }

    public static AuditEntry Record(DateTimeOffset at, AuditActor actor, string entityType, string entityId, string action,
        Guid? meetingId, string? before, string? after, Guid? bodyId = null) => new()
    {
        OccurredAt = at,
        UserId = actor.UserId,
        Actor = actor.Name,
        Channel = actor.Channel,
        EntityType = entityType,
        EntityId = entityId,
        Action = action,
        MeetingId = meetingId,
        BodyId = bodyId,
        Before = before,
        After = after,
    };
}
