using System.Text.RegularExpressions;

namespace Plenary.Domain.Agenda;

/// <summary>
/// What an agenda item does at its convening. Documents are composed from roles alone: the history goes
/// under the item that adopts the agenda, the report summarises the substantive items and other matters,
/// and records when the report was adopted under the item that adopts it.
/// </summary>
public enum AgendaItemRole
{
    /// <summary>An item that groups procedural sub-items ("Organizational matters").</summary>
    Organizational,
    Opening,
    ElectionOfOfficers,
    /// <summary>Adoption of the agenda, and of the organization of work where the item says so.</summary>
    AdoptionOfAgenda,
    Substantive,
    OtherMatters,
    AdoptionOfReport,
    Closure,
}

/// <summary>
/// The role an item's title suggests, for input that does not give one (a record file of version 1, an
/// API call without a role, a new item's form). Only input is read this way: documents never look at titles.
/// </summary>
public static partial class AgendaItemRoles
{
    public static AgendaItemRole Infer(string? title)
    {
        var t = Spaces().Replace((title ?? "").Trim().TrimEnd('.', ';', ':').ToLowerInvariant(), " ");
        if (t is "organizational matters" or "organizational and procedural matters" or "procedural matters") return AgendaItemRole.Organizational;
        if (t.StartsWith("opening of the", StringComparison.Ordinal) || t == "opening") return AgendaItemRole.Opening;
        if (t.StartsWith("election of ", StringComparison.Ordinal)) return AgendaItemRole.ElectionOfOfficers;
        if (t.StartsWith("adoption of the agenda", StringComparison.Ordinal)) return AgendaItemRole.AdoptionOfAgenda;
        if (t is "other matters" or "other business" or "any other business") return AgendaItemRole.OtherMatters;
        if (t.StartsWith("adoption of the report", StringComparison.Ordinal)) return AgendaItemRole.AdoptionOfReport;
        if (t.StartsWith("closure of the", StringComparison.Ordinal) || t == "closure") return AgendaItemRole.Closure;
        return AgendaItemRole.Substantive;
    }

    /// <summary>"Adoption of the agenda": how pages name a role.</summary>
    public static string Describe(AgendaItemRole role) => role switch
    {
        AgendaItemRole.Organizational => "Organizational matters (groups procedural sub-items)",
        AgendaItemRole.Opening => "Opening",
        AgendaItemRole.ElectionOfOfficers => "Election of officers",
        AgendaItemRole.AdoptionOfAgenda => "Adoption of the agenda and organization of work",
        AgendaItemRole.Substantive => "Substantive item",
        AgendaItemRole.OtherMatters => "Other matters",
        AgendaItemRole.AdoptionOfReport => "Adoption of the report",
        AgendaItemRole.Closure => "Closure",
    };

    /// <summary>Whether a report summarises the deliberations under items of this role.</summary>
    public static bool IsDeliberated(AgendaItemRole role) => role is AgendaItemRole.Substantive or AgendaItemRole.OtherMatters;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
