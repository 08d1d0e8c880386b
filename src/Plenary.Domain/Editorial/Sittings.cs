namespace Plenary.Domain.Editorial;

/// <summary>
/// References to plenary meetings (sittings) in running text, UN style: meeting numbers as ordinal figures,
/// dates via <see cref="Dates.ListInText"/>: "at its 1st and 2nd meetings, on 27 and 28 July 2020".
/// </summary>
public static class Sittings
{
    /// <summary>
    /// "at its 1st meeting, on 27 July 2020"; "at its 1st and 2nd meetings, on 27 and 28 July 2020";
    /// "at its 3rd to 5th meetings, on 28 and 29 July 2020"; "at its 1st, 3rd and 5th meetings, on …".
    /// Runs of three or more consecutive numbers are written "Xth to Yth"; other numbers are listed
    /// ("at its 1st to 3rd and 5th meetings"). Input order does not matter.
    /// </summary>
    /// <exception cref="ArgumentException">no sittings, or one meeting number given with two different dates.</exception>
    /// <exception cref="ArgumentOutOfRangeException">a meeting number is less than 1.</exception>
    /// <param name="noun">What the body calls a sitting: "meeting" (the default) or "plenary meeting".</param>
    public static string AtItsMeetings(IEnumerable<(int Number, DateOnly Date)> sittings, string noun = "meeting")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        ArgumentNullException.ThrowIfNull(sittings);
        var distinct = sittings.Distinct().OrderBy(s => s.Number).ToList();
        if (distinct.Count == 0) throw new ArgumentException("At least one meeting is required.", nameof(sittings));

        foreach (var s in distinct)
            ArgumentOutOfRangeException.ThrowIfLessThan(s.Number, 1, nameof(sittings));

        var duplicate = distinct.GroupBy(s => s.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"The {Numbers.OrdinalInFigures(duplicate.Key)} meeting is given with two different dates.", nameof(sittings));

        var numbers = distinct.Select(s => s.Number).ToList();
        var nouns = numbers.Count == 1 ? noun : Numbers.Pluralize(noun);
        return $"at its {NumberList(numbers)} {nouns}, {Dates.ListInText(distinct.Select(s => s.Date))}";
    }

    /// <summary>"at its 1st meeting, on 27 July 2020" (or "plenary meeting"): one sitting.</summary>
    public static string AtIts(int number, DateOnly date, string noun = "meeting") => AtItsMeetings([(number, date)], noun);

    /// <summary>Ascending, distinct numbers as "1st", "1st and 2nd", "3rd to 5th", "1st to 3rd and 5th".</summary>
    private static string NumberList(IReadOnlyList<int> numbers)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < numbers.Count)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            if (j - i + 1 >= 3)
            {
                parts.Add($"{Numbers.OrdinalInFigures(numbers[i])} to {Numbers.OrdinalInFigures(numbers[j])}");
            }
            else
            {
                for (var k = i; k <= j; k++) parts.Add(Numbers.OrdinalInFigures(numbers[k]));
            }
            i = j + 1;
        }
        return Lists.Join(parts);
    }
}
