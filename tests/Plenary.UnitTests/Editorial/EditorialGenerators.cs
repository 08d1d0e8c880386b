using FsCheck;
using FsCheck.Fluent;

namespace Plenary.UnitTests.Editorial;

/// <summary>FsCheck generators constrained to the input space of UN documents.</summary>
internal static class EditorialGenerators
{
    public static readonly DateOnly Earliest = new(1946, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>Any date from 1946 (first session of the General Assembly) to 2100.</summary>
    public static Gen<DateOnly> Date =>
        Gen.Choose(Earliest.DayNumber, Latest.DayNumber).Select(DateOnly.FromDayNumber);

    /// <summary>Ordered (start, end) pairs biased towards the shapes that matter: same day, consecutive days, same month, month and year boundaries.</summary>
    public static Gen<(DateOnly Start, DateOnly End)> DateRange =>
        from start in Date
        from length in Gen.Frequency(
            (2, Gen.Constant(0)),
            (2, Gen.Constant(1)),
            (4, Gen.Choose(2, 14)),
            (2, Gen.Choose(15, 90)),
            (1, Gen.Choose(91, 800)))
        let end = DateOnly.FromDayNumber(Math.Min(start.DayNumber + length, Latest.DayNumber))
        select (start, end);

    /// <summary>Ranges around the end of a month or year, where compression rules change.</summary>
    public static Gen<(DateOnly Start, DateOnly End)> BoundaryRange =>
        from year in Gen.Choose(1946, 2099)
        from month in Gen.Choose(1, 12)
        from back in Gen.Choose(0, 3)
        from forward in Gen.Choose(1, 4)
        let monthEnd = new DateOnly(year, month, DateTime.DaysInMonth(year, month))
        select (monthEnd.AddDays(-back), monthEnd.AddDays(forward));

    /// <summary>Times of day on 5-minute steps.</summary>
    public static Gen<TimeOnly> Time =>
        Gen.Choose(0, 24 * 12 - 1).Select(i => TimeOnly.MinValue.AddMinutes(i * 5));

    /// <summary>Valid slots: start strictly before end; sometimes ending at midnight (0.00 = end of day).</summary>
    public static Gen<(TimeOnly Start, TimeOnly End)> Slot =>
        Gen.Frequency(
            (9, from a in Gen.Choose(0, 24 * 12 - 2)
                from b in Gen.Choose(a + 1, 24 * 12 - 1)
                select (TimeOnly.MinValue.AddMinutes(a * 5), TimeOnly.MinValue.AddMinutes(b * 5))),
            (1, from a in Gen.Choose(1, 24 * 12 - 1)
                select (TimeOnly.MinValue.AddMinutes(a * 5), TimeOnly.MinValue)));

    /// <summary>Short words of letters that never contain "and" nor commas.</summary>
    public static Gen<string> Word =>
        Gen.Choose(1, 10)
            .SelectMany(length => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), length))
            .Select(chars => new string(chars))
            .Where(w => !w.Contains("and", StringComparison.OrdinalIgnoreCase));

    /// <summary>Lists of two to twelve such words.</summary>
    public static Gen<string[]> Words(int min = 2, int max = 12) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Word, n));

    public static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    public static int Occurrences(string text, char c) => text.Count(x => x == c);
}
