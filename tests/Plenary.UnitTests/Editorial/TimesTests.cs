using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Domain.Editorial;
using static Plenary.UnitTests.Editorial.EditorialGenerators;

namespace Plenary.UnitTests.Editorial;

public class TimesTests
{
    private static TimeOnly T(int hour, int minute = 0) => new(hour, minute);

    // ---- Time ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(10, 0, "10 a.m.")]
    [InlineData(15, 30, "3.30 p.m.")]
    [InlineData(9, 5, "9.05 a.m.")]
    [InlineData(12, 0, "noon")]
    [InlineData(0, 0, "midnight")]
    [InlineData(12, 30, "12.30 p.m.")]
    [InlineData(0, 15, "12.15 a.m.")]
    [InlineData(13, 0, "1 p.m.")]
    [InlineData(23, 55, "11.55 p.m.")]
    [InlineData(11, 59, "11.59 a.m.")]
    public void Time_UsesTheTwelveHourClockWithDottedSuffixesAndNamesNoonAndMidnight(int hour, int minute, string expected) =>
        Assert.Equal(expected, Times.Time(T(hour, minute)));

    [Fact]
    public void Time_IgnoresSeconds() =>
        Assert.Equal("3.30 p.m.", Times.Time(new TimeOnly(15, 30, 45)));

    [Property]
    public Property Time_EndsInAmOrPmUnlessNoonOrMidnight() =>
        Prop.ForAll(Time.ToArbitrary(), t =>
        {
            var text = Times.Time(t);
            if (t == T(12)) return text == "noon";
            if (t == T(0)) return text == "midnight";
            return text.EndsWith(t.Hour < 12 ? " a.m." : " p.m.", StringComparison.Ordinal)
                && !text.Contains(':') && !text.StartsWith('0');
        });

    // ---- Slot ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(10, 0, 13, 0, "10 a.m.–1 p.m.")]
    [InlineData(15, 0, 18, 0, "3–6 p.m.")]
    [InlineData(10, 0, 11, 30, "10–11.30 a.m.")]
    [InlineData(9, 30, 12, 30, "9.30 a.m.–12.30 p.m.")]
    [InlineData(10, 0, 12, 0, "10 a.m.–noon")]
    [InlineData(12, 0, 15, 0, "noon–3 p.m.")]
    [InlineData(15, 30, 16, 45, "3.30–4.45 p.m.")]
    [InlineData(12, 30, 14, 0, "12.30–2 p.m.")]
    [InlineData(21, 0, 0, 0, "9 p.m.–midnight")]
    [InlineData(0, 0, 2, 0, "midnight–2 a.m.")]
    [InlineData(11, 0, 12, 30, "11 a.m.–12.30 p.m.")]
    public void Slot_DropsTheFirstSuffixWithinOneHalfOfTheDayAndUsesAnEnDash(int h1, int m1, int h2, int m2, string expected) =>
        Assert.Equal(expected, Times.Slot(T(h1, m1), T(h2, m2)));

    [Theory]
    [InlineData(13, 0, 10, 0)]
    [InlineData(10, 0, 10, 0)]
    [InlineData(0, 0, 0, 0)]
    public void Slot_EndNotAfterStart_Throws(int h1, int m1, int h2, int m2) =>
        Assert.Throws<ArgumentException>(() => Times.Slot(T(h1, m1), T(h2, m2)));

    [Property]
    public Property Slot_ContainsExactlyOneEnDashAndNoHyphen() =>
        Prop.ForAll(Slot.ToArbitrary(), s =>
        {
            var text = Times.Slot(s.Start, s.End);
            return Occurrences(text, Dates.EnDash) == 1 && !text.Contains('-') && !text.Contains(" \u2013");
        });

    [Property]
    public Property Slot_EndsWithTheEndTimeAndStatesASuffixAtMostOncePerHalfOfTheDay() =>
        Prop.ForAll(Slot.ToArbitrary(), s =>
        {
            var text = Times.Slot(s.Start, s.End);
            return text.EndsWith(Times.Time(s.End), StringComparison.Ordinal)
                && Occurrences(text, "a.m.") <= 1 && Occurrences(text, "p.m.") <= 1;
        });

    [Property]
    public Property Slot_StartIsTheStartTimeWithOrWithoutItsSuffix() =>
        Prop.ForAll(Slot.ToArbitrary(), s =>
        {
            var start = Times.Slot(s.Start, s.End).Split(Dates.EnDash)[0];
            var full = Times.Time(s.Start);
            return start == full || start + " a.m." == full || start + " p.m." == full;
        });
}
