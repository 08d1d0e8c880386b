namespace Plenary.Domain.Participation;

/// <summary>A person who facilitates the discussion of an agenda item, with the State or organization they come from.</summary>
public sealed class Panellist
{
    public Guid Id { get; private set; }
    public int Position { get; private set; }
    /// <summary>The name as it is printed, with its honorific: "Mr. Markko Künnapu".</summary>
    public string Name { get; private set; } = "";
    /// <summary>The State's code in the register of States ("EST"), shown by its name.</summary>
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

    /// <summary>The State's name as the register writes it ("Estonia"); a value stored before States were picked from the register is shown as it was.</summary>
    public string? StateName => State is null ? null : StateRegister.NameOf(State);

    /// <summary>"Mr. Markko Künnapu (Estonia)".</summary>
    public override string ToString() => (StateName ?? Organization) is { } from ? $"{Name} ({from})" : Name;
}
