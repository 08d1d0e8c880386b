using System.Text.RegularExpressions;

namespace Plenary.Domain.Agenda;

/// <summary>
/// The number of an agenda item: "2" for an item, "1 (a)" for a sub-item. Items are numbered
/// in figures from 1; sub-items take letters from (a).
/// </summary>
public sealed partial record AgendaItemNumber : IComparable<AgendaItemNumber>
{
    public int Item { get; }
    public char? SubItem { get; }

    private AgendaItemNumber(int item, char? subItem) => (Item, SubItem) = (item, subItem);

    public static AgendaItemNumber Of(int item, char? subItem = null)
    {
        if (item < 1 || item > 99)
            throw new DomainException("agenda.number", $"Agenda items are numbered from 1 to 99; {item} is outside that range.");
        if (subItem is { } s && (s < 'a' || s > 'z'))
            throw new DomainException("agenda.number", $"Sub-items are lettered (a) to (z); '{s}' is not a lowercase letter.");
        return new AgendaItemNumber(item, subItem);
    }

    /// <summary>Reads "2", "2.", "1 (a)", "1(a)" or "1a".</summary>
    public static AgendaItemNumber Parse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is null || !match.Success)
            throw new DomainException("agenda.number",
                $"'{text}' is not an agenda item number; write an item as '2' and a sub-item as '1 (a)'.");
        var item = int.Parse(match.Groups["item"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var sub = match.Groups["sub"].Success ? match.Groups["sub"].Value[0] : (char?)null;
        return Of(item, sub);
    }

    public AgendaItemNumber Parent => new(Item, null);

    public bool IsSubItem => SubItem is not null;

    /// <summary>"1 (a)" or "2", as the organization of work and cross-references write it.</summary>
    public override string ToString() => SubItem is { } s ? $"{Item} ({s})" : Item.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The label at the head of the line in the agenda itself: "1." or "(a)".</summary>
    public string Label => SubItem is { } s ? $"({s})" : $"{Item}.";

    public int CompareTo(AgendaItemNumber? other)
    {
        if (other is null) return 1;
        var byItem = Item.CompareTo(other.Item);
        if (byItem != 0) return byItem;
        return (SubItem ?? '\0').CompareTo(other.SubItem ?? '\0');
    }

    /// <summary>Agenda order: 1 &lt; 1 (a) &lt; 1 (b) &lt; 2.</summary>
    public static bool operator <(AgendaItemNumber? left, AgendaItemNumber? right) => Compare(left, right) < 0;
    public static bool operator <=(AgendaItemNumber? left, AgendaItemNumber? right) => Compare(left, right) <= 0;
    public static bool operator >(AgendaItemNumber? left, AgendaItemNumber? right) => Compare(left, right) > 0;
    public static bool operator >=(AgendaItemNumber? left, AgendaItemNumber? right) => Compare(left, right) >= 0;

    private static int Compare(AgendaItemNumber? left, AgendaItemNumber? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    [GeneratedRegex(@"^(?<item>[0-9]{1,2})\.?\s*(?:\((?<sub>[a-z])\)|(?<sub>[a-z]))?$")]
    private static partial Regex Pattern();
}
