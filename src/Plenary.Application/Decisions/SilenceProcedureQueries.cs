using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Decisions;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Decisions;

public sealed record ProcedureSummary(int Number, string Title, ProcedureSubject Subject, int? MeetingNumber, ProcedureCircle Circle, ProcedureStatus Status,
    DateTimeOffset DeadlineAt, string Deadline, DateTimeOffset? CirculatedAt, int Breaks, int? RevisesNumber)
{
    public string StatusText => ProcedureWords.Status(Status);
    public string CircleText => ProcedureWords.Circle(Circle);
}

public sealed record CircleMemberView(string Name, string Representing, string? Answer);

public sealed record StepView(ProcedureStepKind Kind, DateTimeOffset At, string? By, ResponseKind? Response, string? Text, DateTimeOffset? PreviousDeadline, string Description);

public sealed record ProcedureDetails(
    string Slug, string BodyName, int Number, string Title, ProcedureSubject Subject, int? MeetingNumber, string DecisionText,
    DateOnly? ProposedStart, DateOnly? ProposedEnd, MeetingFormat? ProposedFormat, string? FormatArrangements, string? AttachedDocument,
    ProcedureCircle Circle, DateOnly DeadlineDate, TimeOnly DeadlineTime, string DeadlineTimeZone, DateTimeOffset DeadlineAt,
    ProcedureStatus Status, DateTimeOffset? CirculatedAt, DateTimeOffset? ConcludedAt, int? RevisesNumber, IReadOnlyList<int> RevisedBy,
    string? ApplicationNote, int Version, int BreakCount, int NoObjectionCount,
    IReadOnlyList<CircleMemberView> Members, IReadOnlyList<StepView> Steps, string Outcome)
{
    public string StatusText => ProcedureWords.Status(Status);
    public string CircleText => ProcedureWords.Circle(Circle);
    public string SubjectText => ProcedureWords.Subject(Subject);
    /// <summary>"noon on 20 November 2020 (Europe/Vienna)".</summary>
    public string Deadline => $"{Times.Time(DeadlineTime)} on {Dates.Day(DeadlineDate)} ({DeadlineTimeZone})";
    /// <summary>"11 a.m. on 20 November 2020 UTC".</summary>
    public string DeadlineUtc => $"{Times.Time(TimeOnly.FromDateTime(DeadlineAt.UtcDateTime))} on {Dates.Day(DateOnly.FromDateTime(DeadlineAt.UtcDateTime))} UTC";
    public bool IsOpen => Status == ProcedureStatus.Open;
    public bool IsDraft => Status == ProcedureStatus.Draft;
    public bool CanBeRevised => Status is ProcedureStatus.Open or ProcedureStatus.NotAdopted && BreakCount > 0;
    /// <summary>Whether the reader is a member of the circle (they may answer while it is open).</summary>
    public bool ReaderIsMember { get; init; }
    /// <summary>Whether the reader has already recorded "no objection" or broken silence.</summary>
    public bool ReaderHasAnswered { get; init; }
    /// <summary>Whether the reader sees who answered and what (the circle, the body's Secretariat and officers).</summary>
    public bool ShowsResponses { get; init; }
}

/// <summary>
/// Silence procedures as pages and the API show them. Every read first concludes the procedures of the
/// body whose deadline has passed (from stored times), so what is shown is right even if no background
/// service ran at the deadline.
/// </summary>
public sealed class SilenceProcedureQueries(PlenaryDbContext db, ConcludeSilenceProcedures conclude, TimeProvider clock)
{
    public async Task<(Guid BodyId, string BodyName, IReadOnlyList<ProcedureSummary> Procedures)?> ListAsync(string slug, ProcedureStatus? status = null, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        await conclude.ConcludeDueAsync(body.Id, ct);
        var all = await db.SilenceProcedures.AsNoTracking().Include(p => p.Steps).Where(p => p.BodyId == body.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var list = all.Where(p => status is null || p.StatusAt(now) == status).OrderByDescending(p => p.Number).Select(p => Summary(p, now)).ToList();
        return (body.Id, body.FullName, list);
    }

    /// <summary>The procedure; <paramref name="reader"/> is the signed-in user (for what they may see and do), <paramref name="privileged"/> whether they see every response.</summary>
    public async Task<ProcedureDetails?> GetAsync(string slug, int number, Guid? reader, bool privileged, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        await conclude.ConcludeDueAsync(body.Id, ct);
        var p = await db.SilenceProcedures.AsNoTracking().Include(x => x.Members).Include(x => x.Steps).SingleOrDefaultAsync(x => x.BodyId == body.Id && x.Number == number, ct);
        if (p is null) return null;
        // By number, which survives a re-import of the record (that gives the concluded procedures new ids).
        var revisedBy = await db.SilenceProcedures.AsNoTracking().Where(x => x.BodyId == body.Id && x.RevisesNumber == p.Number).OrderBy(x => x.Number).Select(x => x.Number).ToListAsync(ct);
        var member = reader is { } r && p.IsMember(r);
        var shows = privileged || member;
        var steps = p.Steps.OrderBy(s => s.Position).ToList();
        return new ProcedureDetails(slug, body.FullName, p.Number, p.Title, p.Subject, p.MeetingNumber, p.DecisionText,
            p.ProposedStart, p.ProposedEnd, p.ProposedFormat, p.FormatArrangements, p.AttachedDocument,
            p.Circle, p.DeadlineDate, p.DeadlineTime, p.DeadlineTimeZone, p.DeadlineAt, p.StatusAt(clock.GetUtcNow()), p.CirculatedAt, p.ConcludedAt,
            p.RevisesNumber, revisedBy, p.ApplicationNote, p.Version, p.Breaks.Count(), p.NoObjections.Count(),
            shows ? p.Members.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new CircleMemberView(m.Name, m.Representing, AnswerOf(p, m.UserId))).ToList() : [],
            steps.Where(s => shows || s.Kind is not (ProcedureStepKind.SilenceBroken or ProcedureStepKind.NoObjection))
                .Select(s => new StepView(s.Kind, s.At, shows ? s.By : null, s.Response, shows ? s.Text : null, s.PreviousDeadline, Describe(p, s, shows))).ToList(),
            SilenceNotices.Outcome(p, body.FullName))
        {
            ReaderIsMember = member,
            ReaderHasAnswered = reader is { } u && p.Steps.Any(s => s.UserId == u && s.Kind is ProcedureStepKind.SilenceBroken or ProcedureStepKind.NoObjection),
            ShowsResponses = shows,
        };
    }

    /// <summary>The open procedures circulated to <paramref name="userId"/>, soonest deadline first (their dashboard).</summary>
    public async Task<IReadOnlyList<(string Slug, string BodyName, ProcedureSummary Procedure, bool Answered)>> OpenForMemberAsync(Guid userId, CancellationToken ct = default)
    {
        await conclude.ConcludeDueAsync(null, ct);
        var mine = await db.SilenceProcedures.AsNoTracking().Include(p => p.Steps)
            .Where(p => p.Status == ProcedureStatus.Open && p.Members.Any(m => m.UserId == userId)).ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Where(b => mine.Select(p => p.BodyId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var now = clock.GetUtcNow();
        return mine.OrderBy(p => p.DeadlineAt)
            .Select(p => (bodies[p.BodyId].Slug, bodies[p.BodyId].FullName, Summary(p, now), p.Steps.Any(s => s.UserId == userId && s.Kind is ProcedureStepKind.SilenceBroken or ProcedureStepKind.NoObjection)))
            .ToList();
    }

    /// <summary>The adopted procedures about a convening, in date order (the convening's page lists them).</summary>
    public async Task<IReadOnlyList<ProcedureSummary>> ForMeetingAsync(Guid bodyId, int meetingNumber, CancellationToken ct = default)
    {
        await conclude.ConcludeDueAsync(bodyId, ct);
        var now = clock.GetUtcNow();
        return (await db.SilenceProcedures.AsNoTracking().Include(p => p.Steps).Where(p => p.BodyId == bodyId && p.MeetingNumber == meetingNumber).ToListAsync(ct))
            .OrderBy(p => p.DeadlineAt).Select(p => Summary(p, now)).ToList();
    }

    private static ProcedureSummary Summary(SilenceProcedure p, DateTimeOffset now) =>
        new(p.Number, p.Title, p.Subject, p.MeetingNumber, p.Circle, p.StatusAt(now), p.DeadlineAt,
            $"{Times.Time(p.DeadlineTime)} on {Dates.Day(p.DeadlineDate)} ({p.DeadlineTimeZone})", p.CirculatedAt, p.Breaks.Count(), p.RevisesNumber);

    private static string? AnswerOf(SilenceProcedure p, Guid userId) =>
        p.Steps.Where(s => s.UserId == userId && s.Response is not null).Select(s => ProcedureWords.Response(s.Response!.Value)).LastOrDefault();

    /// <summary>One line of the timeline, in words.</summary>
    public static string Describe(SilenceProcedure p, ProcedureStep s, bool named) => s.Kind switch
    {
        ProcedureStepKind.Drafted => $"Drafted{By(s, named)}.",
        ProcedureStepKind.Circulated => $"Circulated to the {ProcedureWords.Circle(p.Circle)}{(p.Members.Count > 0 ? $" ({Numbers.Count(p.Members.Count, "member")})" : "")}{By(s, named)}.",
        ProcedureStepKind.DeadlineExtended => $"Deadline extended{(s.PreviousDeadline is { } d ? $" from {InZone(d, p.DeadlineTimeZone)}" : "")}{By(s, named)}.{(s.Text is { } t ? $" Reason: {t}" : "")}",
        ProcedureStepKind.SilenceBroken => named ? $"Silence broken by {s.By}, with {(s.Response == ResponseKind.Amendment ? "a proposed amendment" : "an objection")}." : "Silence broken by a member of the circle.",
        ProcedureStepKind.NoObjection => named ? $"No objection from {s.By}." : "A member recorded no objection.",
        ProcedureStepKind.Withdrawn => $"Withdrawn{By(s, named)}.{(s.Text is { } r ? $" Reason: {r}" : "")}",
        ProcedureStepKind.Adopted => "Adopted at the deadline: silence was not broken.",
        _ => "Not adopted at the deadline: silence was broken.",
    };

    private static string By(ProcedureStep s, bool named) => named && s.By is { } by ? $" by {by}" : "";

    private static string InZone(DateTimeOffset at, string zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZones.Require(zone, "silence.time_zone")).DateTime;
        return $"{Times.Time(TimeOnly.FromDateTime(local))} on {Dates.Day(DateOnly.FromDateTime(local))}";
    }
}
