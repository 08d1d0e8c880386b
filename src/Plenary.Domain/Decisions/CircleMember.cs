namespace Plenary.Domain.Decisions;

/// <summary>
/// A person a proposal was circulated to: an account holding a role in the circle when the proposal
/// went out (the circle is fixed at circulation), with what they sit for ("Officer", "South Africa").
/// </summary>
public sealed class CircleMember
{
    public Guid Id { get; private set; }
    public Guid ProcedureId { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>What the person sits for in the circle: "officer", "extended Bureau member", a State's name.</summary>
    public string Representing { get; private set; } = "";

    private CircleMember() { }

    internal CircleMember(Guid procedureId, Guid userId, string name, string email, string representing)
    {
        Id = Guid.CreateVersion7();
        ProcedureId = procedureId;
        UserId = userId;
        Name = Guard.Required(name, "silence.circle", "A member's name", 200);
        Email = Guard.Required(email, "silence.circle", "A member's email", 256);
        Representing = Guard.Required(representing, "silence.circle", "What a member sits for", 200);
    }
}

/// <summary>Who may be in a circle: an account, with what it sits for.</summary>
public sealed record CircleCandidate(Guid UserId, string Name, string Email, string Representing);
