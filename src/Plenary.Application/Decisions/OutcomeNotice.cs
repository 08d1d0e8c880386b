using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Documents.Model;
using Plenary.Domain.Decisions;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Decisions;

/// <summary>
/// The outcome notice of a concluded silence procedure: a short letter from the secretariat to the
/// circle, composed as an official document so that the document engine renders it as DOCX, PDF,
/// HTML and text. Its reference is the procedure's number (a notice carries no document symbol);
/// it is dated the day the procedure ended, in the deadline's time zone.
/// </summary>
public static class OutcomeNotice
{
    /// <summary>The notice of procedure <paramref name="number"/>; null when there is no such procedure, or it has not ended.</summary>
    /// <param name="reader">The signed-in reader; with <paramref name="privileged"/> (or as a member of the circle) the notice gives the texts of the breaks.</param>
    public static async Task<OfficialDocument?> LoadAsync(PlenaryDbContext db, ConcludeSilenceProcedures conclude, string slug, int number, Guid? reader, bool privileged, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        await conclude.ConcludeDueAsync(body.Id, ct);
        var p = await db.SilenceProcedures.AsNoTracking().Include(x => x.Steps).Include(x => x.Members).SingleOrDefaultAsync(x => x.BodyId == body.Id && x.Number == number, ct);
        if (p is null || p.Status is ProcedureStatus.Draft or ProcedureStatus.Open) return null;
        return Compose(p, body.FullName, body.Secretariat, withBreaks: privileged || (reader is { } r && p.IsMember(r)));
    }

    /// <param name="withBreaks">Whether the notice quotes the breaks of silence (for the circle and those who run procedures).</param>
    public static OfficialDocument Compose(SilenceProcedure p, string bodyName, string? secretariat, bool withBreaks)
    {
        var circle = ProcedureWords.Circle(p.Circle);
        var ended = p.ConcludedAt is { } at ? LocalDay(at, p.DeadlineTimeZone) : p.DeadlineDate;
        var circulated = p.CirculatedAt is { } c ? $", circulated on {Dates.Day(LocalDay(c, p.DeadlineTimeZone))}" : "";
        var body = new List<Block>
        {
            Para($"The secretariat of the {bodyName} presents its compliments to the members of the {circle} and has the honour to inform them of the outcome "
                + $"of silence procedure {p.Number}, concerning the proposal \"{p.Title}\"{circulated}, with a deadline of {SilenceNotices.DeadlineWithUtc(p.Deadline)}."),
            Para(SilenceNotices.Outcome(p, bodyName)),
        };
        if (p.RevisesNumber is { } first)
            body.Add(Para($"The proposal revised the one circulated under silence procedure {first}, on which silence had been broken."));
        body.Add(new Heading(2, null, "Text of the proposal"));
        body.Add(new Paragraph([new Text(p.DecisionText)], Style: ParagraphStyle.Body));
        var breaks = p.Breaks.OrderBy(s => s.Position).ToList();
        if (breaks.Count > 0 && withBreaks)
        {
            body.Add(new Heading(2, null, breaks.Count == 1 ? "Break of silence" : "Breaks of silence"));
            foreach (var b in breaks)
                body.Add(Para($"{b.By}, on {Dates.Day(LocalDay(b.At, p.DeadlineTimeZone))}, with {(b.Response == ResponseKind.Amendment ? "a proposed amendment" : "an objection")}: {b.Text}"));
        }
        body.Add(new Paragraph([new Text($"{secretariat ?? $"The secretariat of the {bodyName}"}, {Dates.Day(ended)}")], Style: ParagraphStyle.Note));
        return new OfficialDocument(
            new Masthead($"Silence procedure {p.Number}", "Restricted", Dates.Day(ended), "English", bodyName, null),
            $"Outcome of silence procedure {p.Number}",
            p.Title,
            body, [], []);
    }

    private static Paragraph Para(string text) => new([new Text(text)]);

    private static DateOnly LocalDay(DateTimeOffset at, string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZones.Require(zone, "silence.time_zone")).DateTime);
}
