namespace Plenary.Domain.Participation;

/// <summary>
/// A person who facilitates the discussion of an agenda item, with the State or organization they come from: "Mr. Markko
/// Künnapu (Estonia)". The State is kept by its three-letter code and shown by its name; the organization by its name in the
/// register of organizations.
/// </summary>
public sealed class Panellist : IPositioned
{
    public Guid Id { get; private set; }
    public int Position { get; private set; }
    /// <summary>The title as printed before the name: "Mr.", "Ms.", "Dr.", "Pol.col.", "Lic.".</summary>
    public string? Title { get; private set; }
    /// <summary>The person's name, without title: "Markko Künnapu".</summary>
    public string Name { get; private set; } = "";
    /// <summary>The State's code in the register of States ("EST"), shown by its name.</summary>
    public string? State { get; private set; }
    public string? Organization { get; private set; }

    void IPositioned.Reposition(int position) => Position = position;

    private Panellist() { }

    internal Panellist(int position, string? title, string? name, string? state, string? organization)
    {
        Id = Guid.CreateVersion7();
        Position = position;
        Describe(title, name, state, organization);
    }

    /// <summary>
    /// A panellist after the rules: a name; a State of the register (by code or name, kept by code) or an organization (the
    /// caller has found it in the register), not both.
    /// </summary>
    internal void Describe(string? title, string? name, string? state, string? organization)
    {
        var t = Honorifics.Normalise(Guard.Optional(title, "panellist.title", "The panellist's title", PersonName.MaxTitle));
        var n = Guard.Required(name, "panellist.name", "The panellist's name", 200);
        var o = Guard.Optional(organization, "panellist.organization", "The panellist's organization", 300);
        var s = string.IsNullOrWhiteSpace(state) ? null : StateRegister.Require(state, "panellist.state", "The panellist's State").Code;
        if (s is not null && o is not null)
            throw new DomainException("panellist.organization", "A panellist comes from a State or from an organization; give one of them, not both.");
        (Title, Name, State, Organization) = (t, n, s, o);
    }

    /// <summary>The State's name as the register writes it ("Estonia").</summary>
    public string? StateName => State is null ? null : StateRegister.NameOf(State);

    /// <summary>"Mr. Markko Künnapu".</summary>
    public string Person => Title is null ? Name : $"{Title} {Name}";

    /// <summary>Where the panellist comes from, by name: "Estonia", "Council of Europe".</summary>
    public string? From => State is not null ? StateRegister.NameOf(State) : Organization;

    /// <summary>"Mr. Markko Künnapu (Estonia)".</summary>
    public override string ToString() => From is { } from ? $"{Person} ({from})" : Person;
}
