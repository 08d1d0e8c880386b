using Plenary.Domain.Decisions;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Decisions;

/// <summary>What a silence procedure's notifications say, in the register of a secretariat's correspondence.</summary>
public static class SilenceNotices
{
    public static string Link(string slug, int number) => $"/bodies/{slug}/silence-procedures/{number}";

    /// <summary>"noon on 20 November 2020 (Europe/Vienna; 11 a.m. on 20 November 2020 UTC)".</summary>
    public static string DeadlineWithUtc(Deadline deadline)
    {
        var utc = deadline.At.UtcDateTime;
        return deadline.TimeZone == "UTC" ? $"{Times.Time(deadline.Time)} on {Dates.Day(deadline.Date)} (UTC)"
            : $"{Times.Time(deadline.Time)} on {Dates.Day(deadline.Date)} ({deadline.TimeZone}; {Times.Time(TimeOnly.FromDateTime(utc))} on {Dates.Day(DateOnly.FromDateTime(utc))} UTC)";
    }

    public static (string Subject, string Text) Circulated(SilenceProcedure p, string bodyName, string link) => (
        $"Silence procedure {p.Number}: {p.Title} (deadline {Times.Time(p.DeadlineTime)} on {Dates.Day(p.DeadlineDate)}, {p.DeadlineTimeZone})",
        $"""
        The secretariat of the {bodyName} has circulated the following proposal to the members of the {ProcedureWords.Circle(p.Circle)} under a silence procedure{Revises(p)}.

        {p.DecisionText}

        Unless silence is broken before {DeadlineWithUtc(p.Deadline)}, the proposal will be considered adopted. A member wishing to break silence may do so on the page of the procedure, with an objection or a proposed amendment; a member may also record that they have no objection.

        {link}
        """);

    public static (string Subject, string Text) Extended(SilenceProcedure p, string bodyName, DateTimeOffset previous, string? reason, string link) => (
        $"Silence procedure {p.Number}: deadline extended to {Times.Time(p.DeadlineTime)} on {Dates.Day(p.DeadlineDate)}",
        $"""
        The secretariat of the {bodyName} has extended the deadline of silence procedure {p.Number} ({p.Title}) from {Former(previous, p.DeadlineTimeZone)} to {DeadlineWithUtc(p.Deadline)}.{(reason is null ? "" : $" {Sentence(reason)}")}

        {link}
        """);

    public static (string Subject, string Text) Withdrawn(SilenceProcedure p, string bodyName, string? reason, string link) => (
        $"Silence procedure {p.Number} withdrawn: {p.Title}",
        $"""
        The secretariat of the {bodyName} has withdrawn silence procedure {p.Number} ({p.Title}); the proposal is no longer before the {ProcedureWords.Circle(p.Circle)}.{(reason is null ? "" : $" {Sentence(reason)}")}

        {link}
        """);

    public static (string Subject, string Text) Broken(SilenceProcedure p, ProcedureStep step, string link) => (
        $"Silence broken on silence procedure {p.Number}: {p.Title}",
        $"""
        {step.By} broke silence on silence procedure {p.Number} ({p.Title}) with {(step.Response == ResponseKind.Amendment ? "a proposed amendment" : "an objection")}:

        {step.Text}

        {link}
        """);

    public static (string Subject, string Text) Concluded(SilenceProcedure p, string bodyName, string link) => (
        $"Silence procedure {p.Number} {(p.Status == ProcedureStatus.Adopted ? "adopted" : "not adopted")}: {p.Title}",
        $"""
        {Outcome(p, bodyName)}

        {link}
        """);

    /// <summary>The outcome in one paragraph: what was decided, by whom and when, or why not.</summary>
    public static string Outcome(SilenceProcedure p, string bodyName)
    {
        var deadline = DeadlineWithUtc(p.Deadline);
        if (p.Status == ProcedureStatus.Adopted)
            return $"The silence procedure concerning the proposal \"{p.Title}\", circulated to the members of the {ProcedureWords.Circle(p.Circle)} of the {bodyName}, ended at {deadline} without silence having been broken. The proposal is therefore considered adopted by the {ProcedureWords.Circle(p.Circle)} by means of a silence procedure on {Dates.Day(p.DeadlineDate)}.";
        if (p.Status == ProcedureStatus.NotAdopted)
        {
            var breaks = p.Breaks.Select(b => $"{b.By} ({ProcedureWords.Response(b.Response!.Value)})").ToList();
            return $"Silence was broken before the deadline of the silence procedure concerning the proposal \"{p.Title}\", circulated to the members of the {ProcedureWords.Circle(p.Circle)} of the {bodyName}, by {Lists.Join(breaks)}. The proposal is therefore not adopted; the secretariat may circulate a revised proposal.";
        }
        if (p.Status == ProcedureStatus.Withdrawn)
            return $"The silence procedure concerning the proposal \"{p.Title}\" was withdrawn by the secretariat of the {bodyName} before its deadline.";
        return $"The silence procedure concerning the proposal \"{p.Title}\" is open until {deadline}.";
    }

    private static string Revises(SilenceProcedure p) => p.RevisesNumber is { } n ? $"; it revises the proposal of silence procedure {n}, on which silence was broken" : "";

    private static string Former(DateTimeOffset at, string zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZones.Require(zone, "silence.time_zone")).DateTime;
        return $"{Times.Time(TimeOnly.FromDateTime(local))} on {Dates.Day(DateOnly.FromDateTime(local))}";
    }

    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.Trim() : text.Trim() + ".";
}

/// <summary>Moments as people read them: "9 a.m. on 16 November 2020" in a zone's clock.</summary>
public static class LocalTimes
{
    public static string In(DateTimeOffset at, string zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZones.Require(zone, "silence.time_zone")).DateTime;
        return $"{Times.Time(TimeOnly.FromDateTime(local))} on {Dates.Day(DateOnly.FromDateTime(local))}";
    }

    /// <summary>The ISO 8601 UTC form scripts read ("2020-11-20T11:00:00Z").</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
