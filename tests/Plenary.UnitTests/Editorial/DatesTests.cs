using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Domain.Editorial;
using static Plenary.UnitTests.Editorial.EditorialGenerators;

namespace Plenary.UnitTests.Editorial;

public class DatesTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    // ---- MonthName -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, "January")]
    [InlineData(2, "February")]
    [InlineData(3, "March")]
    [InlineData(4, "April")]
    [InlineData(5, "May")]
    [InlineData(6, "June")]
    [InlineData(7, "July")]
    [InlineData(8, "August")]
    [InlineData(9, "September")]
    [InlineData(10, "October")]
    [InlineData(11, "November")]
    [InlineData(12, "December")]
    public void MonthName_IsTheFullEnglishName(int month, string expected) =>
        Assert.Equal(expected, Dates.MonthName(month));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MonthName_OutsideOneToTwelve_Throws(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Dates.MonthName(month));

    // ---- Day / DayHeading ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2021-04-06", "6 April 2021")]
    [InlineData("2020-07-27", "27 July 2020")]
    [InlineData("1946-01-10", "10 January 1946")]
    [InlineData("2022-03-01", "1 March 2022")]
    public void Day_HasNoLeadingZeroAndTheMonthInFull(string iso, string expected) =>
        Assert.Equal(expected, Dates.Day(D(iso)));

    [Theory]
    [InlineData("2021-04-06", "Tuesday, 6 April 2021")]
    [InlineData("2020-07-27", "Monday, 27 July 2020")]
    [InlineData("2022-03-25", "Friday, 25 March 2022")]
    [InlineData("2011-01-17", "Monday, 17 January 2011")]
    public void DayHeading_NamesTheWeekdayBeforeTheDate(string iso, string expected) =>
        Assert.Equal(expected, Dates.DayHeading(D(iso)));

    [Property]
    public Property DayHeading_WeekdayAgreesWithDayOfWeek() =>
        Prop.ForAll(Date.ToArbitrary(), d =>
            Dates.DayHeading(d) == EnglishDays[(int)d.DayOfWeek] + ", " + Dates.Day(d));

    [Property]
    public Property Day_RoundTripsThroughTheInvariantLongFormat() =>
        Prop.ForAll(Date.ToArbitrary(), d =>
            DateOnly.ParseExact(Dates.Day(d), "d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) == d);

    // ---- RangeInText -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2021-04-06", "2021-04-06", "on 6 April 2021")]
    [InlineData("2022-03-24", "2022-03-25", "on 24 and 25 March 2022")]
    [InlineData("2020-07-27", "2020-07-29", "from 27 to 29 July 2020")]
    [InlineData("2011-01-17", "2011-01-21", "from 17 to 21 January 2011")]
    [InlineData("2013-02-25", "2013-02-28", "from 25 to 28 February 2013")]
    [InlineData("2019-03-27", "2019-03-29", "from 27 to 29 March 2019")]
    [InlineData("2021-04-06", "2021-04-08", "from 6 to 8 April 2021")]
    public void RangeInText_WithinOneMonth_NamesBothDaysAndTheMonthOnce(string start, string end, string expected) =>
        Assert.Equal(expected, Dates.RangeInText(D(start), D(end)));

    [Theory]
    [InlineData("2022-02-28", "2022-03-11", "from 28 February to 11 March 2022")]
    [InlineData("2022-03-31", "2022-04-01", "on 31 March and 1 April 2022")]
    [InlineData("2020-02-28", "2020-03-01", "from 28 February to 1 March 2020")]
    public void RangeInText_AcrossMonths_NamesBothMonthsAndTheYearOnce(string start, string end, string expected) =>
        Assert.Equal(expected, Dates.RangeInText(D(start), D(end)));

    [Theory]
    [InlineData("2021-12-30", "2022-01-02", "from 30 December 2021 to 2 January 2022")]
    [InlineData("2021-12-31", "2022-01-01", "on 31 December 2021 and 1 January 2022")]
    public void RangeInText_AcrossYears_GivesBothFullDates(string start, string end, string expected) =>
        Assert.Equal(expected, Dates.RangeInText(D(start), D(end)));

    [Fact]
    public void RangeInText_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => Dates.RangeInText(D("2021-04-08"), D("2021-04-06")));

    [Property]
    public Property RangeInText_ContainsBothYearsWhenTheyDifferAndTheYearOnceOtherwise() =>
        Prop.ForAll(Gen.OneOf(DateRange, BoundaryRange).ToArbitrary(), r =>
        {
            var text = Dates.RangeInText(r.Start, r.End);
            var startYear = r.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var endYear = r.End.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return r.Start.Year == r.End.Year
                ? Occurrences(text, startYear) == 1
                : Occurrences(text, startYear) == 1 && Occurrences(text, endYear) == 1
                  && text.IndexOf(startYear, StringComparison.Ordinal) < text.IndexOf(endYear, StringComparison.Ordinal);
        });

    [Property]
    public Property RangeInText_UsesOnForOneOrTwoDaysAndFromToForLongerRanges() =>
        Prop.ForAll(Gen.OneOf(DateRange, BoundaryRange).ToArbitrary(), r =>
        {
            var text = Dates.RangeInText(r.Start, r.End);
            var days = r.End.DayNumber - r.Start.DayNumber;
            return days <= 1
                ? text.StartsWith("on ", StringComparison.Ordinal) && !text.Contains(" to ", StringComparison.Ordinal)
                : text.StartsWith("from ", StringComparison.Ordinal) && Occurrences(text, " to ") == 1;
        });

    [Property]
    public Property RangeInText_EndsWithTheFullEndDate() =>
        Prop.ForAll(Gen.OneOf(DateRange, BoundaryRange).ToArbitrary(), r =>
            Dates.RangeInText(r.Start, r.End).EndsWith(Dates.Day(r.End), StringComparison.Ordinal));

    [Property]
    public Property RangeInText_NamesEachMonthOnce_UnlessTheSameMonthRecursInAnotherYear() =>
        Prop.ForAll(Gen.OneOf(DateRange, BoundaryRange).ToArbitrary(), r =>
        {
            var text = Dates.RangeInText(r.Start, r.End);
            var startMonth = Dates.MonthName(r.Start.Month);
            var endMonth = Dates.MonthName(r.End.Month);
            if (startMonth != endMonth)
                return Occurrences(text, startMonth) == 1 && Occurrences(text, endMonth) == 1;
            return Occurrences(text, startMonth) == (r.Start.Year == r.End.Year ? 1 : 2);
        });

    // ---- Masthead --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2021-04-06", "2021-04-06", "6 April 2021")]
    [InlineData("2021-04-06", "2021-04-08", "6–8 April 2021")]
    [InlineData("2020-07-27", "2020-07-29", "27–29 July 2020")]
    [InlineData("2022-03-24", "2022-03-25", "24–25 March 2022")]
    [InlineData("2022-02-28", "2022-03-11", "28 February–11 March 2022")]
    [InlineData("2021-12-30", "2022-01-02", "30 December 2021–2 January 2022")]
    public void Masthead_JoinsTheEndsWithAnEnDashAndStatesSharedPartsOnce(string start, string end, string expected) =>
        Assert.Equal(expected, Dates.Masthead(D(start), D(end)));

    [Fact]
    public void Masthead_SeventhMeeting_UsesU2013() =>
        Assert.Equal("6\u20138 April 2021", Dates.Masthead(D("2021-04-06"), D("2021-04-08")));

    [Fact]
    public void Masthead_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => Dates.Masthead(D("2021-04-08"), D("2021-04-06")));

    [Property]
    public Property Masthead_HasNoHyphenAndOneEnDashExactlyForMultiDayRanges() =>
        Prop.ForAll(Gen.OneOf(DateRange, BoundaryRange).ToArbitrary(), r =>
        {
            var text = Dates.Masthead(r.Start, r.End);
            return !text.Contains('-')
                && !text.Contains(' ' + Dates.EnDash.ToString())
                && Occurrences(text, Dates.EnDash) == (r.Start == r.End ? 0 : 1);
        });

    [Property]
    public Property Masthead_HasTheSameWordsAsRangeInTextForLongRanges() =>
        Prop.ForAll(DateRange.Where(r => r.End.DayNumber - r.Start.DayNumber >= 2).ToArbitrary(), r =>
            "from " + Dates.Masthead(r.Start, r.End).Replace(Dates.EnDash.ToString(), " to ", StringComparison.Ordinal)
            == Dates.RangeInText(r.Start, r.End));

    // ---- ListInText ------------------------------------------------------------------------------------------

    public static TheoryData<string[], string> ListExamples => new()
    {
        { ["2020-07-27"], "on 27 July 2020" },
        { ["2020-07-27", "2020-07-28"], "on 27 and 28 July 2020" },
        { ["2020-07-27", "2020-07-28", "2020-07-29"], "on 27, 28 and 29 July 2020" },
        { ["2020-07-29", "2020-07-27", "2020-07-28", "2020-07-27"], "on 27, 28 and 29 July 2020" },
        { ["2020-07-31", "2020-08-03"], "on 31 July and 3 August 2020" },
        { ["2021-12-31", "2022-01-03"], "on 31 December 2021 and 3 January 2022" },
        { ["2021-12-30", "2021-12-31", "2022-01-03"], "on 30 and 31 December 2021 and 3 January 2022" },
        { ["2015-09-29", "2015-09-30", "2015-10-01"], "on 29 and 30 September and 1 October 2015" },
    };

    [Theory]
    [MemberData(nameof(ListExamples))]
    public void ListInText_GivesDistinctDatesInOrderNamingEachMonthAndYearOnce(string[] isoDates, string expected) =>
        Assert.Equal(expected, Dates.ListInText(isoDates.Select(D)));

    [Fact]
    public void ListInText_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => Dates.ListInText([]));

    [Property]
    public Property ListInText_OfOneDateIsOnThatDay() =>
        Prop.ForAll(Date.ToArbitrary(), d => Dates.ListInText([d, d]) == "on " + Dates.Day(d));

    [Property]
    public Property ListInText_NamesEachYearExactlyOnceAndEndsWithTheLastDate() =>
        Prop.ForAll(Gen.NonEmptyListOf(Date).ToArbitrary(), dates =>
        {
            var text = Dates.ListInText(dates);
            var years = dates.Select(d => d.Year).Distinct();
            return text.StartsWith("on ", StringComparison.Ordinal)
                && text.EndsWith(Dates.Day(dates.Max()), StringComparison.Ordinal)
                && years.All(y => Occurrences(text, y.ToString(System.Globalization.CultureInfo.InvariantCulture)) == 1);
        });

    [Property]
    public Property ListInText_WithinOneMonth_HasOneAndAndTwoFewerCommasThanDays() =>
        Prop.ForAll(
            (from first in Date
             from days in Gen.SubListOf(Enumerable.Range(1, DateTime.DaysInMonth(first.Year, first.Month)).ToArray())
             select days.Select(day => new DateOnly(first.Year, first.Month, day)).ToArray())
            .Where(ds => ds.Length >= 2).ToArbitrary(),
            dates =>
            {
                var text = Dates.ListInText(dates);
                return Occurrences(text, " and ") == 1 && Occurrences(text, ',') == dates.Length - 2
                    && Occurrences(text, Dates.MonthName(dates[0].Month)) == 1;
            });

    [Property]
    public Property ListInText_IgnoresOrderAndDuplicates() =>
        Prop.ForAll(Gen.NonEmptyListOf(Date).ToArbitrary(), dates =>
            Dates.ListInText(dates) == Dates.ListInText(dates.Concat(dates).OrderByDescending(d => d)));
}
