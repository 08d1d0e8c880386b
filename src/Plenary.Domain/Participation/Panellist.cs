namespace Plenary.Domain.Participation;

/// <summary>A person who facilitates the discussion of an agenda item, with the State or organization they come from.</summary>
public sealed class Panellist
{
    public Guid Id { get; private set; }
    public int Position { get; private set; }
    /// <summary>The name as it is printed, with its honorific: "Mr. Markko Künnapu".</summary>
    public string Name { get; private set; } = "";
    public string? State { get; private set; }
    public string? Organization { get; private set; }

    private Panellist() { }

    internal Panellist(int position, string name, string? state, string? organization)
    {
        Id = Guid.CreateVersion7();
        Position = position;
        Name = name;
        State = state;
        Organization = organization;
    }

    /// <summary>"Mr. Markko Künnapu (Estonia)".</summary>
    public override string ToString() => (State ?? Organization) is { } from ? $"{Name} ({from})" : Name;
}
