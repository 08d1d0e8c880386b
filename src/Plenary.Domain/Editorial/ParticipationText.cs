using Plenary.Domain.Participation;

namespace Plenary.Domain.Editorial;

/// <summary>What a body's documents call the persons a State sends: "experts from" a State, or "representatives of" it.</summary>
/// <param name="Plural">"experts", "representatives".</param>
/// <param name="Singular">"expert", "representative".</param>
/// <param name="Preposition">"from" (experts from a State), "of" (representatives of a State).</param>
public sealed record ParticipantWords(string Plural, string Singular, string Preposition)
{
    public static ParticipantWords Experts { get; } = new("experts", "expert", "from");
    public static ParticipantWords Representatives { get; } = new("representatives", "representative", "of");
}

/// <summary>A statement as the report counts it: who made it, on whose behalf, and whether in exercise of the right of reply.</summary>
public sealed record StatementFact(bool IsState, string Participant, ParticipantCategory Category, string? OnBehalfOf, bool RightOfReply);

/// <summary>
/// The sentences of a report about participation, UN style, from the record: who attended (by category, counts in words
/// under ten), who made statements (Member States in the United Nations alphabetical order, observers and organizations in
/// sentences of their own), and who facilitated the discussion of an item.
/// </summary>
public static class ParticipationText
{
    /// <summary>
    /// "The meeting was attended by representatives of 94 Member States, an observer State, an institute of the United
    /// Nations crime prevention and criminal justice programme network, intergovernmental organizations and the private
    /// sector." States are counted; an organization category reads "an institute ..." for one and in the plural for more.
    /// Null when nobody attended.
    /// </summary>
    /// <param name="conveningNoun">What the body calls the convening: "meeting", "session".</param>
    /// <param name="attended">How many delegations of each category attended at least one plenary meeting.</param>
    public static string? Attendance(string conveningNoun, IReadOnlyDictionary<ParticipantCategory, int> attended)
    {
        var parts = new List<string>();
        foreach (var category in Enum.GetValues<ParticipantCategory>())
        {
            if (!attended.TryGetValue(category, out var n) || n <= 0) continue;
            parts.Add(category switch
            {
                ParticipantCategory.MemberState => Numbers.Count(n, "Member State"),
                ParticipantCategory.ObserverState => Numbers.Count(n, "observer State"),
                ParticipantCategory.UnitedNationsEntity => n == 1 ? "a United Nations entity" : "United Nations entities",
                ParticipantCategory.Institute => (n == 1 ? "an institute" : "institutes") + " of the United Nations crime prevention and criminal justice programme network",
                ParticipantCategory.IntergovernmentalOrganization => n == 1 ? "an intergovernmental organization" : "intergovernmental organizations",
                ParticipantCategory.NonGovernmentalOrganization => n == 1 ? "a non-governmental organization" : "non-governmental organizations",
                ParticipantCategory.PrivateSector => "the private sector",
                _ => "academia",
            });
        }
        return parts.Count == 0 ? null : $"The {conveningNoun} was attended by representatives of {Lists.Join(parts)}.";
    }

    /// <summary>
    /// The statements paragraph: "Statements were made by experts from the following Member States: Argentina, Brazil and
    /// China." then, each in its own sentence, the statements made on behalf of groups, by observer States, by organizations
    /// and in exercise of the right of reply. Empty when no statement is recorded.
    /// </summary>
    public static IReadOnlyList<string> Statements(IEnumerable<StatementFact> statements, ParticipantWords words)
    {
        var all = statements.ToList();
        var sentences = new List<string>();
        var members = StatesIn(all.Where(s => !s.RightOfReply && s.Category == ParticipantCategory.MemberState));
        if (members.Count > 0)
            sentences.Add(members.Count == 1
                ? $"A statement was made by the {words.Singular} {words.Preposition} {members[0].NameInText}."
                : $"Statements were made by {words.Plural} {words.Preposition} the following Member States: {Lists.Join(members.Select(s => s.ShortName))}.");
        foreach (var group in all.Where(s => s.OnBehalfOf is not null && !s.RightOfReply)
                     .GroupBy(s => (s.IsState, s.Participant, s.OnBehalfOf)).Select(g => g.Key)
                     .OrderBy(g => Order(g.IsState, g.Participant)).ThenBy(g => g.OnBehalfOf, StringComparer.Ordinal))
        {
            var who = group.IsState ? $"The {words.Singular} {words.Preposition} {NameInText(group.Participant)}" : $"The representative of {WithArticle(group.Participant)}";
            sentences.Add($"{who} made a statement on behalf of {group.OnBehalfOf}.");
        }
        var observers = StatesIn(all.Where(s => !s.RightOfReply && s.Category == ParticipantCategory.ObserverState));
        if (observers.Count > 0)
            sentences.Add(observers.Count == 1
                ? $"A statement was {(sentences.Count > 0 ? "also " : "")}made by the observer for {observers[0].NameInText}."
                : $"Statements were {(sentences.Count > 0 ? "also " : "")}made by the observers for {Lists.Join(observers.Select(s => s.NameInText))}.");
        var organizations = all.Where(s => !s.IsState && !s.RightOfReply).Select(s => s.Participant).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (organizations.Count > 0)
            sentences.Add(organizations.Count == 1
                ? $"A statement was {(sentences.Count > 0 ? "also " : "")}made by the representative of {WithArticle(organizations[0])}."
                : $"Statements were {(sentences.Count > 0 ? "also " : "")}made by representatives of the following organizations: {Lists.Join(organizations)}.");
        var replies = StatesIn(all.Where(s => s.RightOfReply));
        if (replies.Count > 0)
            sentences.Add(replies.Count == 1
                ? $"A statement in exercise of the right of reply was made by the {words.Singular} {words.Preposition} {replies[0].NameInText}."
                : $"Statements in exercise of the right of reply were made by the {words.Plural} {words.Preposition} {Lists.Join(replies.Select(s => s.NameInText))}.");
        return sentences;
    }

    /// <summary>"The discussion was facilitated by Mr. A (Estonia)." or "... by the following panellists: A, B and C."; null without panellists.</summary>
    public static string? Panel(IReadOnlyList<string> panellists) => panellists.Count switch
    {
        0 => null,
        1 => $"The discussion was facilitated by {panellists[0]}.",
        _ => $"The discussion was facilitated by the following panellists: {Lists.Join(panellists)}.",
    };

    /// <summary>The States among the statements' authors, each once, in the United Nations alphabetical order.</summary>
    private static List<State> StatesIn(IEnumerable<StatementFact> statements) =>
        statements.Where(s => s.IsState).Select(s => StateRegister.FindByCode(s.Participant)).OfType<State>()
            .Distinct().OrderBy(s => s.Order).ToList();

    private static int Order(bool isState, string participant) => isState ? StateRegister.FindByCode(participant)?.Order ?? int.MaxValue : int.MaxValue;

    private static string NameInText(string code) => StateRegister.FindByCode(code)?.NameInText ?? code;

    /// <summary>
    /// An organization's name as running text uses it: "the Council of Europe", "the European Union", "INTERPOL", "Microsoft".
    /// A name that describes an institution ("... of ...", "... Union", "... Office") takes "the"; an abbreviation or a
    /// company's name does not.
    /// </summary>
    public static string WithArticle(string organization)
    {
        var name = organization.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var institutional = words.Skip(1).Any(w => w is "of" or "for" or "on" or "against")
            || InstitutionNouns.Contains(words[^1].TrimEnd('.', ','), StringComparer.OrdinalIgnoreCase);
        return institutional ? "the " + name : name;
    }

    private static readonly string[] InstitutionNouns =
    [
        "Union", "Organization", "Organisation", "Office", "Institute", "Agency", "Forum", "Centre", "Center", "Council", "Commission",
        "Network", "Group", "Association", "Foundation", "Programme", "Secretariat", "Community", "Conference", "Court", "Bank", "Fund",
        "League", "Alliance", "Federation", "Assembly", "Committee", "Initiative", "Partnership",
    ];
}
