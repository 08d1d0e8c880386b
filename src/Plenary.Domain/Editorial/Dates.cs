using System.Globalization;

namespace Plenary.Domain.Editorial;

/// <summary>
/// Dates in UN editorial style: day without leading zero, month in full, year in full — "6 April 2021".
/// Ranges in mastheads use an en dash (U+2013) with no spaces; ranges in running text use words
/// ("from 27 to 29 July 2020"). Month and day names are hard-coded English; culture-independent.
/// </summary>
public static class Dates
{
    /// <summary>EN DASH (U+2013), used in mastheads and time slots.</summary>
    public const char EnDash = '\u2013';

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] WeekDays =
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]; // DayOfWeek order

    /// <summary>English month name, 1 → "January" … 12 → "December".</summary>
    /// <exception cref="ArgumentOutOfRangeException">month is outside 1..12.</exception>
    public static string MonthName(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Months[month - 1];
    }

    /// <summary>English day name: <see cref="DayOfWeek.Tuesday"/> → "Tuesday".</summary>
    public static string DayName(DayOfWeek day)
    {
        if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday) throw new ArgumentOutOfRangeException(nameof(day));
        return WeekDays[(int)day];
    }

    /// <summary>"6 April 2021".</summary>
    public static string Day(DateOnly d) => $"{Num(d.Day)} {MonthName(d.Month)} {Num(d.Year)}";

    /// <summary>"Tuesday, 6 April 2021" (headings of the Journal, programme of work).</summary>
    public static string DayHeading(DateOnly d) => $"{DayName(d.DayOfWeek)}, {Day(d)}";

    /// <summary>
    /// A date range in running text, with its preposition:
    /// "on 6 April 2021"; "on 24 and 25 March 2022"; "on 31 March and 1 April 2022";
    /// "from 27 to 29 July 2020"; "from 28 February to 11 March 2022"; "from 30 December 2021 to 2 January 2022".
    /// Two consecutive days are written "on X and Y" rather than "from X to Y", also across months and years.
    /// </summary>
    /// <exception cref="ArgumentException">end is before start.</exception>
    public static string RangeInText(DateOnly start, DateOnly end)
    {
        EnsureOrdered(start, end);
        if (start == end) return "on " + Day(start);

        var (first, second) = CompressPair(start, end);
        return end.DayNumber - start.DayNumber == 1
            ? $"on {first} and {second}"
            : $"from {first} to {second}";
    }

    /// <summary>
    /// A date range for a masthead or cover page, en dash without spaces:
    /// "6 April 2021"; "6–8 April 2021"; "28 February–11 March 2022"; "30 December 2021–2 January 2022".
    /// </summary>
    /// <exception cref="ArgumentException">end is before start.</exception>
    public static string Masthead(DateOnly start, DateOnly end)
    {
        EnsureOrdered(start, end);
        if (start == end) return Day(start);
        var (first, second) = CompressPair(start, end);
        return first + EnDash + second;
    }

    /// <summary>
    /// Distinct dates, in chronological order, in running text with the preposition "on":
    /// "on 27 July 2020"; "on 27 and 28 July 2020"; "on 27, 28 and 29 July 2020"; "on 31 July and 3 August 2020";
    /// "on 31 December 2021 and 3 January 2022". Days sharing a month name the month once, months sharing a year
    /// name the year once; every year is stated, so each date remains complete.
    /// </summary>
    /// <exception cref="ArgumentException">no dates given.</exception>
    public static string ListInText(IEnumerable<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var ordered = dates.Distinct().Order().ToList();
        if (ordered.Count == 0) throw new ArgumentException("At least one date is required.", nameof(dates));

        // Days of one month are joined among themselves ("27 and 28 July"), then the month groups of one year
        // ("29 and 30 September and 1 October 2015"), then the years ("31 December 2021 and 3 January 2022").
        var yearParts = ordered
            .GroupBy(d => d.Year)
            .Select(year =>
            {
                var monthParts = year
                    .GroupBy(d => d.Month)
                    .Select(month => Lists.Join(month.Select(d => Num(d.Day))) + " " + MonthName(month.Key));
                return Lists.Join(monthParts) + " " + Num(year.Key);
            });

        return "on " + Lists.Join(yearParts);
    }

    // --- internals -------------------------------------------------------------------------------------------

    private static void EnsureOrdered(DateOnly start, DateOnly end)
    {
        if (end < start)
            throw new ArgumentException($"The end date {Day(end)} is before the start date {Day(start)}.", nameof(end));
    }

    /// <summary>Start and end of a multi-day range with the shared month and/or year stated only once, at the end.</summary>
    private static (string First, string Second) CompressPair(DateOnly start, DateOnly end)
    {
        string first;
        if (start.Year != end.Year) first = Day(start);
        else if (start.Month != end.Month) first = $"{Num(start.Day)} {MonthName(start.Month)}";
        else first = Num(start.Day);
        return (first, Day(end));
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
