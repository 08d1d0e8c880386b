namespace Plenary.Domain.Participation;

/// <summary>Whether a State is a Member State of the United Nations or a non-member observer State.</summary>
public enum StateStatus
{
    MemberState,
    ObserverState,
}

/// <summary>The regional groups of Member States, as the Department for General Assembly and Conference Management lists them.</summary>
public enum RegionalGroup
{
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOthers,
}

/// <summary>
/// A State in the register (see <see cref="StateRegister"/>): its ISO 3166-1 alpha-3 code, the names the United Nations
/// uses, its place in the UN's alphabetical order and its regional group. Shown by <see cref="ShortName"/>, never by code.
/// </summary>
/// <param name="Code">ISO 3166-1 alpha-3: "ZAF".</param>
/// <param name="ShortName">As the UN writes it in lists and tables: "Iran (Islamic Republic of)", "Türkiye".</param>
/// <param name="FormalName">With its article where it has one: "the Islamic Republic of Iran".</param>
/// <param name="Group">The regional group; null for a State in none (the Holy See).</param>
/// <param name="Order">Its place in the UN's alphabetical order (1 to 193 for Member States, then the observer States).</param>
/// <param name="TakesArticle">Whether running text puts "the" before the short name ("the Russian Federation").</param>
public sealed record State(string Code, StateStatus Status, string ShortName, string FormalName, RegionalGroup? Group, int Order, bool TakesArticle)
{
    public bool IsObserver => Status == StateStatus.ObserverState;

    /// <summary>The short name as a sentence uses it: "the Russian Federation", "South Africa".</summary>
    public string NameInText => TakesArticle ? "the " + ShortName : ShortName;

    /// <summary>The delegation category a State's delegation takes.</summary>
    public ParticipantCategory Category => IsObserver ? ParticipantCategory.ObserverState : ParticipantCategory.MemberState;

    public override string ToString() => ShortName;
}

/// <summary>The regional groups' names and the ways people write them.</summary>
public static class RegionalGroups
{
    public static IReadOnlyList<RegionalGroup> All { get; } = Enum.GetValues<RegionalGroup>();

    /// <summary>"African States", "Asia-Pacific States", "Eastern European States", "Latin American and Caribbean States", "Western European and other States".</summary>
    public static string Name(RegionalGroup group) => group switch
    {
        RegionalGroup.African => "African States",
        RegionalGroup.AsiaPacific => "Asia-Pacific States",
        RegionalGroup.EasternEuropean => "Eastern European States",
        RegionalGroup.LatinAmericanAndCaribbean => "Latin American and Caribbean States",
        RegionalGroup.WesternEuropeanAndOthers => "Western European and other States",
    };

    /// <summary>The group's usual abbreviation in the corridors: "GRULAC", "WEOG".</summary>
    public static string Abbreviation(RegionalGroup group) => group switch
    {
        RegionalGroup.African => "AG",
        RegionalGroup.AsiaPacific => "APG",
        RegionalGroup.EasternEuropean => "EEG",
        RegionalGroup.LatinAmericanAndCaribbean => "GRULAC",
        RegionalGroup.WesternEuropeanAndOthers => "WEOG",
    };

    /// <summary>
    /// Reads a group from its name in the API's spelling ("asiaPacific"), its full name ("Asia-Pacific States",
    /// "Group of Asia-Pacific States"), a shorter one ("Asia-Pacific") or its abbreviation ("APG", "WEOG").
    /// </summary>
    public static bool TryParse(string? text, out RegionalGroup group)
    {
        group = default;
        var key = Key(text);
        if (key.Length == 0) return false;
        foreach (var g in All)
            if (key == Key(g.ToString()) || key == Key(Name(g)) || key == Key(Abbreviation(g)) || key == Key(Name(g).Replace(" States", "", StringComparison.Ordinal))
                || key == Key("Group of " + Name(g)) || key == Key(Name(g).Replace(" States", " Group", StringComparison.Ordinal)))
            {
                group = g;
                return true;
            }
        return false;
    }

    /// <summary>Reads a group, or refuses it naming what is accepted.</summary>
    public static RegionalGroup Require(string? text, string code = "regional_group", string what = "The regional group") =>
        TryParse(text, out var group) ? group
        : throw new DomainException(code, string.IsNullOrWhiteSpace(text)
            ? $"{what} is required; pick one of {Choices}."
            : $"'{text.Trim()}' is not a regional group; pick one of {Choices}.");

    private static string Choices => Editorial.Lists.Join(All.Select(Name).ToList(), "or");

    private static string Key(string? text) =>
        new((text ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
