using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;

namespace Plenary.Domain.Editorial;

/// <summary>
/// Names of a body's convenings, UN style, from what the record holds: the body's word for them
/// (meeting or session), the convening's kind, its ordinal in words and any designation the body gives
/// it ("concluding"). "seventh meeting", "thirtieth session", "resumed thirtieth session",
/// "organizational session", "reconvened concluding session", "first intersessional consultation",
/// "twenty-sixth special session". Names carry no article: <see cref="The"/> adds it.
/// </summary>
public static class Convenings
{
    /// <summary>"meeting" or "session": what the body calls one convening.</summary>
    public static string Noun(Convenes convenes) => convenes == Convenes.Sessions ? "session" : "meeting";

    /// <summary>
    /// What a convening of this kind is called on its own: "session" (or "meeting"), and "consultation" for an
    /// intersessional or informal consultation ("At that consultation, ...").
    /// </summary>
    public static string KindNoun(Convenes convenes, ConveningKind kind) =>
        kind == ConveningKind.InformalConsultation || (kind == ConveningKind.Intersessional && convenes == Convenes.Sessions) ? "consultation" : Noun(convenes);

    /// <summary>"meetings" or "sessions".</summary>
    public static string PluralNoun(Convenes convenes) => Noun(convenes) + "s";

    /// <summary>
    /// What running text calls a sitting: "meeting" where the body holds meetings (as its reports say
    /// "at its 1st meeting"), "plenary meeting" where it holds sessions, so that a sitting is never
    /// mistaken for the session itself.
    /// </summary>
    public static string SittingNoun(Convenes convenes) => convenes == Convenes.Sessions ? "plenary meeting" : "meeting";

    /// <summary>
    /// The convening's name without article: "seventh meeting", "resumed thirtieth session",
    /// "organizational session", "first intersessional consultation".
    /// </summary>
    /// <param name="ordinal">Its number in the body's series of that kind, in words in the name (none for an organizational session).</param>
    /// <param name="designation">A word the body uses in place of the ordinal ("concluding"); it wins over the ordinal.</param>
    public static string Name(Convenes convenes, ConveningKind kind, int? ordinal, string? designation)
    {
        var noun = Noun(convenes);
        var which = !string.IsNullOrWhiteSpace(designation) ? designation.Trim()
            : ordinal is { } n ? Numbers.OrdinalInWords(n) : null;
        string Join(params string?[] words) => string.Join(" ", words.Where(w => !string.IsNullOrEmpty(w)));
        return kind switch
        {
            ConveningKind.Regular => Join(which, noun),
            ConveningKind.Special => Join(which, "special", noun),
            ConveningKind.Resumed => Join("resumed", which, noun),
            ConveningKind.Reconvened => Join("reconvened", which, noun),
            ConveningKind.Organizational => Join("organizational", noun),
            ConveningKind.Intersessional => Join(which, convenes == Convenes.Sessions ? "intersessional consultation" : "intersessional meeting"),
            ConveningKind.InformalConsultation => Join(which, "informal consultation"),
        };
    }

    /// <summary>"the seventh meeting", "the organizational session".</summary>
    public static string The(Convenes convenes, ConveningKind kind, int? ordinal, string? designation) =>
        "the " + Name(convenes, kind, ordinal, designation);

    /// <summary>"Seventh meeting", "Resumed thirtieth session": for headings, mastheads and page titles.</summary>
    public static string Heading(Convenes convenes, ConveningKind kind, int? ordinal, string? designation) =>
        Sentences.Opening(Name(convenes, kind, ordinal, designation));

    /// <summary>The name of <paramref name="meeting"/> as a body that convenes <paramref name="convenes"/> calls it.</summary>
    public static string Name(Convenes convenes, Meeting meeting) => Name(convenes, meeting.Kind, meeting.Ordinal, meeting.Designation);

    public static string The(Convenes convenes, Meeting meeting) => "the " + Name(convenes, meeting);

    public static string Heading(Convenes convenes, Meeting meeting) => Sentences.Opening(Name(convenes, meeting));
}
