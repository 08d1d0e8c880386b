using Plenary.Domain.Decisions;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Decisions;

/// <summary>A deadline is a date, a time and an IANA time zone; the clocks' changes are handled by stated rules.</summary>
public sealed class DeadlineTests
{
    [Fact]
    public void Create_InWinter_ReadsTheTimeInTheZonesStandardOffset()
    {
        var d = Deadline.Create(new DateOnly(2020, 12, 14), new TimeOnly(12, 0), "Europe/Vienna");

        Assert.Equal(new DateTimeOffset(2020, 12, 14, 11, 0, 0, TimeSpan.Zero), d.At);
        Assert.Equal("noon on 14 December 2020 (Europe/Vienna)", d.ToString());
    }

    [Fact]
    public void Create_InSummer_ReadsTheTimeInTheZonesSummerOffset()
    {
        var d = Deadline.Create(new DateOnly(2020, 6, 22), new TimeOnly(18, 0), "America/New_York");

        Assert.Equal(new DateTimeOffset(2020, 6, 22, 22, 0, 0, TimeSpan.Zero), d.At);
    }

    [Fact]
    public void Create_AtALocalTimeTheClocksSkip_IsRefused()
    {
        // Vienna's clocks went from 2 a.m. to 3 a.m. on 29 March 2020.
        Refused(() => Deadline.Create(new DateOnly(2020, 3, 29), new TimeOnly(2, 30), "Europe/Vienna"),
            "silence.deadline_time", "2.30 a.m. on 29 March 2020 does not exist in Europe/Vienna: the clocks go forward that night");
    }

    [Fact]
    public void Create_AtALocalTimeTheClocksRepeat_IsTheLaterOccurrence()
    {
        // Vienna's clocks went from 3 a.m. back to 2 a.m. on 25 October 2020: 2.30 a.m. happened at 0.30 and at 1.30 UTC.
        var d = Deadline.Create(new DateOnly(2020, 10, 25), new TimeOnly(2, 30), "Europe/Vienna");

        Assert.Equal(new DateTimeOffset(2020, 10, 25, 1, 30, 0, TimeSpan.Zero), d.At);
        Assert.True(d.IsRepeatedLocalTime);
    }

    [Fact]
    public void Create_JustAroundTheSkippedHour_Exists()
    {
        Assert.Equal(new DateTimeOffset(2020, 3, 29, 0, 59, 0, TimeSpan.Zero), Deadline.Create(new DateOnly(2020, 3, 29), new TimeOnly(1, 59), "Europe/Vienna").At);
        Assert.Equal(new DateTimeOffset(2020, 3, 29, 1, 0, 0, TimeSpan.Zero), Deadline.Create(new DateOnly(2020, 3, 29), new TimeOnly(3, 0), "Europe/Vienna").At);
    }

    [Fact]
    public void Create_WithAnUnknownOrMissingZone_IsRefused()
    {
        Refused(() => Deadline.Create(new DateOnly(2020, 12, 14), new TimeOnly(12, 0), "Mars/Olympus_Mons"), "silence.time_zone", "'Mars/Olympus_Mons' is not a time zone");
        Refused(() => Deadline.Create(new DateOnly(2020, 12, 14), new TimeOnly(12, 0), " "), "silence.time_zone", "is required");
    }

    [Fact]
    public void Create_DropsSeconds_AndShowsTheSameInstantInAnotherZone()
    {
        var d = Deadline.Create(new DateOnly(2020, 12, 14), new TimeOnly(12, 0, 45), "Europe/Vienna");

        Assert.Equal(new TimeOnly(12, 0), d.Time);
        Assert.Equal(new DateTime(2020, 12, 14, 6, 0, 0), d.InZone(TimeZones.Require("America/New_York", "x")));
    }
}
