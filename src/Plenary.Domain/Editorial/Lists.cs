namespace Plenary.Domain.Editorial;

/// <summary>Lists in running text, UN style: "A", "A and B", "A, B and C" — no serial (Oxford) comma.</summary>
public static class Lists
{
    /// <summary>
    /// Joins items as "A", "A and B", "A, B and C" (or with another conjunction, e.g. "or"); empty → "".
    /// Items are used as given (no trimming, no de-duplication).
    /// </summary>
    public static string Join(IEnumerable<string> items, string conjunction = "and")
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentException.ThrowIfNullOrWhiteSpace(conjunction);
        var list = items as IReadOnlyList<string> ?? items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " " + conjunction.Trim() + " " + list[^1],
        };
    }
}
