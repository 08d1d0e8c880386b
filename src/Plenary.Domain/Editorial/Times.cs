using System.Globalization;

namespace Plenary.Domain.Editorial;

/// <summary>
/// Times of day in UN editorial style (12-hour clock): "10 a.m.", "3.30 p.m." (minutes after a full stop),
/// "noon", "midnight". Slots use an en dash without spaces: "10 a.m.–1 p.m.", "3–6 p.m.".
/// </summary>
/// <remarks>
/// Style decision: 12.00 is always written "noon" and 0.00 "midnight" — never "12 noon", "12 p.m." or "12 a.m." —
/// both on their own and in slots ("10 a.m.–noon", "noon–3 p.m."). Seconds are ignored.
/// </remarks>
public static class Times
{
    /// <summary>"10 a.m.", "3.30 p.m.", "12.15 p.m.", "noon", "midnight".</summary>
    public static string Time(TimeOnly t) => Format(t, withSuffix: true);

    /// <summary>
    /// A time slot: "10 a.m.–1 p.m.", "3–6 p.m.", "10–11.30 a.m.", "9.30 a.m.–12.30 p.m.", "10 a.m.–noon",
    /// "9 p.m.–midnight". When both ends fall in the same half of the day the first "a.m."/"p.m." is dropped.
    /// An end of 0.00 means midnight at the end of the day.
    /// </summary>
    /// <exception cref="ArgumentException">end is not after start (other than an end at midnight).</exception>
    public static string Slot(TimeOnly start, TimeOnly end)
    {
        start = TruncateToMinute(start);
        end = TruncateToMinute(end);
        var endsAtMidnight = end == TimeOnly.MinValue;
        if ((!endsAtMidnight && end <= start) || (endsAtMidnight && start == TimeOnly.MinValue))
            throw new ArgumentException($"The slot must end after it starts ({Time(start)}, {Time(end)}).", nameof(end));

        var sameHalf = !IsNamed(start) && !IsNamed(end) && (start.Hour < 12) == (end.Hour < 12);
        return Format(start, withSuffix: !sameHalf) + Dates.EnDash + Format(end, withSuffix: true);
    }

    private static bool IsNamed(TimeOnly t) => t.Minute == 0 && t.Hour is 0 or 12;

    private static TimeOnly TruncateToMinute(TimeOnly t) => new(t.Hour, t.Minute);

    private static string Format(TimeOnly t, bool withSuffix)
    {
        if (t.Minute == 0 && t.Hour == 0) return "midnight";
        if (t.Minute == 0 && t.Hour == 12) return "noon";

        var hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        var clock = t.Minute == 0
            ? hour12.ToString(CultureInfo.InvariantCulture)
            : hour12.ToString(CultureInfo.InvariantCulture) + "." + t.Minute.ToString("00", CultureInfo.InvariantCulture);
        return withSuffix ? clock + (t.Hour < 12 ? " a.m." : " p.m.") : clock;
    }
}
