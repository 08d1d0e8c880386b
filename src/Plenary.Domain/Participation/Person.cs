namespace Plenary.Domain.Participation;

/// <summary>
/// A person's name as the United Nations prints it in lists of participants: the title ("Mr.", "Ms.", "H.E. Ms.", "Dr."),
/// the first name and the family name. Running text shows "Ms. Thandi Dlamini"; a list of participants "Ms. Thandi DLAMINI".
/// </summary>
public sealed record PersonName
{
    public const int MaxTitle = 40;
    public const int MaxName = 100;

    public string? Title { get; }
    public string? FirstName { get; }
    public string FamilyName { get; }

    private PersonName(string? title, string? firstName, string familyName) => (Title, FirstName, FamilyName) = (title, firstName, familyName);

    /// <summary>A name after its rules: a family name is required; a title such as "Mr" takes its full stop ("Mr.").</summary>
    /// <param name="code">The rule code's prefix, such as "delegation.member" ("delegation.member_family_name").</param>
    public static PersonName Create(string? title, string? firstName, string? familyName, string code = "person")
    {
        var family = Guard.Required(familyName, code + "_family_name", "The family name", MaxName);
        var first = Guard.Optional(firstName, code + "_first_name", "The first name", MaxName);
        var t = Honorifics.Normalise(Guard.Optional(title, code + "_title", "The title", MaxTitle));
        return new PersonName(t, first, family);
    }

    /// <summary>"Ms. Thandi Dlamini".</summary>
    public string Display => string.Join(' ', new[] { Title, FirstName, FamilyName }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>"Ms. Thandi DLAMINI": the family name in capitals, as lists of participants print it.</summary>
    public string ListForm => string.Join(' ', new[] { Title, FirstName, FamilyName.ToUpperInvariant() }.Where(p => !string.IsNullOrEmpty(p)));

    public override string ToString() => Display;
}

/// <summary>The titles lists of participants use, offered in forms; any other short title ("Pol.col.", "Lic.") is accepted as written.</summary>
public static class Honorifics
{
    public static IReadOnlyList<string> Common { get; } = ["Mr.", "Ms.", "Mx.", "Dr.", "Prof.", "H.E. Mr.", "H.E. Ms.", "Amb."];

    private static readonly string[] Abbreviations = ["Mr", "Ms", "Mrs", "Mx", "Dr", "Prof", "Amb"];

    /// <summary>"mr" → "Mr.", "Ms" → "Ms.", "H.E. Ms." as given.</summary>
    public static string? Normalise(string? title)
    {
        if (title is null) return null;
        var bare = Abbreviations.FirstOrDefault(a => a.Equals(title, StringComparison.OrdinalIgnoreCase));
        return bare is null ? title : bare + ".";
    }
}

/// <summary>Email addresses, as far as Plenary needs them: one address, checked for its shape, compared without regard to case.</summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    /// <summary>The address as given, trimmed, or null when none; a malformed one is refused with <paramref name="code"/>.</summary>
    public static string? Optional(string? email, string code)
    {
        var value = Guard.Optional(email, code, "The email address", MaxLength);
        if (value is null) return null;
        var at = value.IndexOf('@');
        var ok = at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1
            && value[(at + 1)..].Contains('.') && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace) && !value.Contains("..", StringComparison.Ordinal);
        if (!ok) throw new DomainException(code, $"'{value}' is not an email address; write it as name@example.org.");
        return value;
    }

    public static bool Same(string? a, string? b) => a is not null && b is not null && a.Equals(b, StringComparison.OrdinalIgnoreCase);
}
