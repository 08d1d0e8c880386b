using Plenary.Domain.Editorial;

namespace Plenary.Domain.Decisions;

/// <summary>
/// The moment a silence procedure ends: a date, a time of day and the IANA time zone they are read in
/// ("14 December 2020, noon, Europe/Vienna"), and the instant that makes (UTC). A local time that the
/// zone skips (clocks go forward) does not exist and is refused; a local time the zone repeats (clocks
/// go back) is read as its later occurrence, so that members never have less time than the clock on
/// their wall shows.
/// </summary>
public sealed record Deadline
{
    public DateOnly Date { get; }
    public TimeOnly Time { get; }
    /// <summary>The IANA time zone ("Europe/Vienna", "America/New_York", "UTC").</summary>
    public string TimeZone { get; }
    /// <summary>The instant, in UTC.</summary>
    public DateTimeOffset At { get; }

    private Deadline(DateOnly date, TimeOnly time, string zone, DateTimeOffset at) => (Date, Time, TimeZone, At) = (date, time, zone, at);

    /// <summary>The deadline at <paramref name="time"/> on <paramref name="date"/> in <paramref name="timeZone"/>, under the rules above.</summary>
    /// <param name="zoneCode">The rule code of a refused time zone (each feature names its own field).</param>
    /// <param name="timeCode">The rule code of a local time the zone skips.</param>
    /// <param name="dateCode">The rule code of a date out of range.</param>
    public static Deadline Create(DateOnly date, TimeOnly time, string? timeZone, string zoneCode = "silence.time_zone", string timeCode = "silence.deadline_time",
        string dateCode = "silence.deadline")
    {
        Guard.Day(date, dateCode, "The deadline");
        var zone = TimeZones.Require(timeZone, zoneCode);
        time = new TimeOnly(time.Hour, time.Minute);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            throw new DomainException(timeCode,
                $"{Times.Time(time)} on {Dates.Day(date)} does not exist in {zone.Id}: the clocks go forward that night and skip it. Choose a time outside the skipped hour.");
        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Min() // the smaller offset is the later instant
            : zone.GetUtcOffset(local);
        return new Deadline(date, time, zone.Id, new DateTimeOffset(local, offset).ToUniversalTime());
    }

    /// <summary>Whether the zone's clocks show this local time twice (it was read as the later one).</summary>
    public bool IsRepeatedLocalTime => TimeZones.Find(TimeZone)!.IsAmbiguousTime(Date.ToDateTime(Time, DateTimeKind.Unspecified));

    /// <summary>"noon on 14 December 2020 (Europe/Vienna)".</summary>
    public override string ToString() => $"{Times.Time(Time)} on {Dates.Day(Date)} ({TimeZone})";

    /// <summary>"6 p.m. on 15 January 2021 (Vienna time)": the deadline as a notice to delegations states it.</summary>
    public string InWords => $"{Times.Time(Time)} on {Dates.Day(Date)} ({TimeZones.LocalTime(TimeZone)})";

    /// <summary>The same instant as the clocks of <paramref name="zone"/> show it.</summary>
    public DateTime InZone(TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(At, zone).DateTime;
}

/// <summary>IANA time zones by their id, from the system's time-zone database.</summary>
public static class TimeZones
{
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            // Windows names ("W. Europe Standard Time") are read too; keep the IANA id.
            return zone.HasIanaId ? zone : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? TimeZoneInfo.FindSystemTimeZoneById(iana) : zone;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>
    /// How a notice names the clock of a zone: "Vienna time" for Europe/Vienna, "New York time" for America/New_York
    /// (the zone's city); "UTC" for UTC and zones that name no city.
    /// </summary>
    public static string LocalTime(string id)
    {
        var city = id.Contains('/', StringComparison.Ordinal) ? id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ') : null;
        return city is { Length: > 0 } && !city.StartsWith("GMT", StringComparison.Ordinal) && !city.StartsWith("UTC", StringComparison.Ordinal) ? $"{city} time" : "UTC";
    }

    public static TimeZoneInfo Require(string? id, string code) =>
        Find(id) ?? throw new DomainException(code, string.IsNullOrWhiteSpace(id)
            ? "The time zone of the deadline is required: give an IANA time zone such as Europe/Vienna or America/New_York."
            : $"'{id.Trim()}' is not a time zone; give an IANA time zone such as Europe/Vienna or America/New_York.");
}
