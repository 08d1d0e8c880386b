namespace Plenary.Domain.Participation;

/// <summary>
/// An organization in the register: a United Nations entity, an institute of the programme network, an intergovernmental or
/// non-governmental organization, a company of the private sector or an academic institution. The Secretariat keeps the
/// register (adds, renames, categorises); each change counts a version, so that two editors never overwrite each other.
/// </summary>
public sealed class Organization : IVersioned
{
    public const int MaxName = 300;
    public const int MaxAbbreviation = 40;

    public Guid Id { get; private set; }
    /// <summary>The full name, as the organization writes it: "International Criminal Police Organization".</summary>
    public string Name { get; private set; } = "";
    /// <summary>The abbreviation, where the organization has one in use: "INTERPOL".</summary>
    public string? Abbreviation { get; private set; }
    public ParticipantCategory Category { get; private set; }
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    private Organization() { }

    /// <summary>A new entry of the register; <paramref name="id"/> is given only for the starting list, whose ids are fixed.</summary>
    public static Organization Add(string? name, string? abbreviation, ParticipantCategory? category, Guid? id = null)
    {
        var organization = new Organization { Id = id ?? Guid.CreateVersion7() };
        organization.Rename(name, abbreviation);
        organization.Categorize(category);
        return organization;
    }

    /// <summary>Refuses an edit based on an older version of the entry, then counts this one.</summary>
    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    public void Rename(string? name, string? abbreviation)
    {
        Name = Guard.Required(name, "organization.name", "The organization's name", MaxName);
        Abbreviation = Guard.Optional(abbreviation, "organization.abbreviation", "The abbreviation", MaxAbbreviation);
        if (Abbreviation is not null && Abbreviation.Equals(Name, StringComparison.OrdinalIgnoreCase)) Abbreviation = null;
    }

    public void Categorize(ParticipantCategory? category)
    {
        if (category is null)
            throw new DomainException("organization.category", $"The organization's category is required: {ParticipantCategories.OrganizationChoices}.");
        if (!Enum.IsDefined(category.Value) || category is ParticipantCategory.MemberState or ParticipantCategory.ObserverState)
            throw new DomainException("organization.category",
                $"An organization is {ParticipantCategories.OrganizationChoices}; a State is in the register of States, not here.");
        Category = category.Value;
    }

    /// <summary>Whether this organization answers to a name or abbreviation as typed (case and accents aside).</summary>
    public bool AnswersTo(string? nameOrAbbreviation)
    {
        var key = RegisterNames.Comparable(nameOrAbbreviation);
        return key.Length > 0 && (key == RegisterNames.Comparable(Name) || key == RegisterNames.Comparable(Abbreviation));
    }

    /// <summary>"International Criminal Police Organization (INTERPOL)".</summary>
    public override string ToString() => Abbreviation is null ? Name : $"{Name} ({Abbreviation})";
}

/// <summary>What the categories of participants are called in pages and sentences.</summary>
public static class ParticipantCategories
{
    /// <summary>The categories an organization may take, in the order reports list them.</summary>
    public static IReadOnlyList<ParticipantCategory> Organizations { get; } =
    [
        ParticipantCategory.UnitedNationsEntity, ParticipantCategory.Institute, ParticipantCategory.IntergovernmentalOrganization,
        ParticipantCategory.NonGovernmentalOrganization, ParticipantCategory.PrivateSector, ParticipantCategory.Academia,
    ];

    /// <summary>One of the category, as a label reads: "Member State", "Intergovernmental organization".</summary>
    public static string Name(ParticipantCategory category) => category switch
    {
        ParticipantCategory.MemberState => "Member State",
        ParticipantCategory.ObserverState => "Observer State",
        ParticipantCategory.UnitedNationsEntity => "United Nations entity",
        ParticipantCategory.Institute => "Institute of the programme network",
        ParticipantCategory.IntergovernmentalOrganization => "Intergovernmental organization",
        ParticipantCategory.NonGovernmentalOrganization => "Non-governmental organization",
        ParticipantCategory.PrivateSector => "Private sector",
        ParticipantCategory.Academia => "Academia",
    };

    /// <summary>The category as a heading over its members: "Institutes of the United Nations crime prevention and criminal justice programme network".</summary>
    public static string Heading(ParticipantCategory category) => category switch
    {
        ParticipantCategory.MemberState => "Member States",
        ParticipantCategory.ObserverState => "Observer States",
        ParticipantCategory.UnitedNationsEntity => "United Nations Secretariat units and entities",
        ParticipantCategory.Institute => "Institutes of the United Nations crime prevention and criminal justice programme network",
        ParticipantCategory.IntergovernmentalOrganization => "Intergovernmental organizations",
        ParticipantCategory.NonGovernmentalOrganization => "Non-governmental organizations",
        ParticipantCategory.PrivateSector => "Private sector",
        ParticipantCategory.Academia => "Academia",
    };

    /// <summary>Reads an organization's category as a query string or an API gives it: "institute", "Institute", "intergovernmentalOrganization".</summary>
    public static bool TryParseOrganizationCategory(string? text, out ParticipantCategory category)
    {
        category = default;
        return text is not null && !int.TryParse(text, out _) && Enum.TryParse(text.Trim(), ignoreCase: true, out category) && Organizations.Contains(category);
    }

    internal const string OrganizationChoices =
        "a United Nations entity, an institute of the programme network, an intergovernmental or non-governmental organization, the private sector or academia";
}

/// <summary>
/// The starting list of the register of organizations (<c>data/register/organizations.tsv</c>, built into this assembly):
/// what a new store holds before its Secretariat adds its own. Each entry has a fixed id, so it is the same organization in
/// every store.
/// </summary>
public static class OrganizationRegister
{
    public static IReadOnlyList<Organization> StartingList() =>
        RegisterData.Read("organizations.tsv")
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(f => f.Length == 4
                ? Organization.Add(f[2], f[3], Enum.Parse<ParticipantCategory>(f[1]), Guid.Parse(f[0]))
                : throw new InvalidOperationException($"organizations.tsv: '{string.Join('\t', f)}' has {f.Length} columns, not 4."))
            .ToList();
}
