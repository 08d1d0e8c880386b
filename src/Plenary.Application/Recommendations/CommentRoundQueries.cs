using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Editorial;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>A comment's attachment as pages and the API describe it (the bytes are read apart).</summary>
public sealed record AttachmentView(string FileName, string ContentType, long Size);

/// <summary>A comment as pages and the API show it.</summary>
public sealed record CommentView(int Number, CommenterKind CommenterKind, string CommenterKey, string CommenterName, CommentAudience Audience, string? Item,
    string Text, AttachmentView? Attachment, string SubmittedBy, DateTimeOffset SubmittedAt, CommentStatus Status, string? DeclineReason,
    string? ReviewedBy, DateTimeOffset? ReviewedAt, int Version);

/// <summary>A text of the compilation as a round names it: identifier, kind, topic, wording.</summary>
public sealed record RoundItem(string Identifier, TextKind Kind, string Topic, string Text);

/// <summary>A round in a list: what it is on, until when, for whom, and how many comments are posted.</summary>
public sealed record CommentRoundSummary(int Number, int MeetingNumber, string Convening, string CompilationSymbol, string Deadline, DateTimeOffset DeadlineAt,
    bool IsOpen, string Audience, int Posted, int Received)
{
    /// <summary>Whether the Secretariat withdrew the round.</summary>
    public bool IsWithdrawn { get; init; }
}

/// <summary>A round with the comments its reader may see (see <see cref="CommentsShown"/>).</summary>
public sealed record CommentRoundView(string BodySlug, string BodyName, string BodyShortName, int Number, int MeetingNumber, string Convening,
    string CompilationSymbol, DateOnly DeadlineDate, TimeOnly DeadlineTime, string DeadlineTimeZone, DateTimeOffset DeadlineAt, string Deadline,
    bool IsOpen, IReadOnlyList<CommentAudience> Audience, string AudienceText, DateTimeOffset OpenedAt, string OpenedBy,
    IReadOnlyList<RoundItem> Items, IReadOnlyList<CommentView> Comments, int Version)
{
    /// <summary>"Vienna, 6–8 April 2021": the stocktaking convening's place and dates, for a masthead.</summary>
    public string? MastheadLine { get; init; }

    /// <summary>The convening's name above its place and dates, for a body that holds sessions ("Seventh session"); null for others.</summary>
    public string? ConveningLine { get; init; }

    /// <summary>"the seventh meeting", as running text names the stocktaking convening.</summary>
    public string ConveningThe { get; init; } = "";

    /// <summary>What the body calls the stocktaking convening: "meeting", "session".</summary>
    public string Noun { get; init; } = "meeting";

    /// <summary>This round's number among the rounds on the same compilation: its export is addendum N to the compilation.</summary>
    public int Addendum { get; init; } = 1;

    /// <summary>Whether the Secretariat withdrew the round (it takes no comment).</summary>
    public bool IsWithdrawn { get; init; }

    /// <summary>"The Secretariat withdrew the round on 5 January 2021: ..." ; null when not withdrawn.</summary>
    public string? Withdrawal { get; init; }

    /// <summary>"The deadline was extended from 8 January 2021, 6 p.m. (CET) on 7 January 2021."; null when never extended.</summary>
    public string? Extension { get; init; }

    /// <summary>The round's page: /bodies/{slug}/comment-rounds/1.</summary>
    public string Path => $"/bodies/{BodySlug}/comment-rounds/{Number}";

    public IEnumerable<CommentView> Posted => Comments.Where(c => c.Status == CommentStatus.Posted);
}

/// <summary>Which comments a reader sees: posted ones always; all of them (the Secretariat); or also those made for one's own delegation.</summary>
public sealed record CommentsShown(bool All = false, CommenterKind? OwnKind = null, string? OwnKey = null)
{
    public static readonly CommentsShown Public = new();

    public bool Sees(Comment c) => All || c.Status == CommentStatus.Posted || (OwnKind is { } k && OwnKey is { } key && c.IsFor(k, key));
}

public sealed class CommentRoundQueries(PlenaryDbContext db, TimeProvider clock)
{
    /// <summary>The body's rounds, newest first; null when there is no such body.</summary>
    public async Task<IReadOnlyList<CommentRoundSummary>?> ListAsync(string slug, int? meetingNumber = null, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var rounds = await db.CommentRounds.AsNoTracking().Where(r => r.BodyId == body.Id && (meetingNumber == null || r.MeetingNumber == meetingNumber))
            .OrderByDescending(r => r.Number).ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var counts = await db.Set<Comment>().AsNoTracking().Where(c => ids.Contains(c.RoundId)).GroupBy(c => new { c.RoundId, c.Status })
            .Select(g => new { g.Key.RoundId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return rounds.Select(r => new CommentRoundSummary(r.Number, r.MeetingNumber,
            meetings.FirstOrDefault(m => m.Number == r.MeetingNumber) is { } m ? Convenings.Heading(body.Convenes, m) : $"Convening {r.MeetingNumber}",
            r.CompilationSymbol, r.Deadline.InWords, r.DeadlineAt, r.IsOpenAt(now), CommentRound.AudienceInWords(r.Audience),
            counts.Where(c => c.RoundId == r.Id && c.Status == CommentStatus.Posted).Sum(c => c.Count),
            counts.Where(c => c.RoundId == r.Id && c.Status == CommentStatus.Received).Sum(c => c.Count)) { IsWithdrawn = r.IsWithdrawn }).ToList();
    }

    /// <summary>The rounds whose posted comments include some on the text <paramref name="identifier"/>: round number, compilation, how many.</summary>
    public async Task<IReadOnlyList<(int Round, string Compilation, int Posted)>> OnTextAsync(string slug, string identifier, CancellationToken ct = default)
    {
        var rounds = await db.CommentRounds.AsNoTracking().Where(r => db.Bodies.Any(b => b.Id == r.BodyId && b.Slug == slug))
            .Select(r => new { r.Id, r.Number, r.CompilationSymbol }).ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var counts = await db.Set<Comment>().AsNoTracking().Where(c => ids.Contains(c.RoundId) && c.Item == identifier && c.Status == CommentStatus.Posted)
            .GroupBy(c => c.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rounds.Where(r => counts.Any(c => c.Key == r.Id)).OrderBy(r => r.Number)
            .Select(r => (r.Number, r.CompilationSymbol, counts.Single(c => c.Key == r.Id).Count)).ToList();
    }

    /// <summary>The body's stocktaking convenings, whose compilations a round may be opened on: number and name.</summary>
    public async Task<IReadOnlyList<(int Number, string Name)>> StocktakingAsync(string slug, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return [];
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id && m.IsStocktaking).OrderBy(m => m.Number).ToListAsync(ct);
        return meetings.Select(m => (m.Number, Convenings.Heading(body.Convenes, m))).ToList();
    }

    /// <summary>A round with the comments <paramref name="shown"/> lets its reader see; null when there is no such round.</summary>
    public async Task<CommentRoundView?> GetAsync(string slug, int number, CommentsShown shown, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var round = await db.CommentRounds.AsNoTracking().SingleOrDefaultAsync(r => r.BodyId == body.Id && r.Number == number, ct);
        if (round is null) return null;
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.RoundId == round.Id).OrderBy(c => c.Number).ToListAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.BodyId == body.Id && m.Number == round.MeetingNumber, ct);
        var identifiers = round.Items;
        var texts = await db.PreliminaryTexts.AsNoTracking().Where(t => t.BodyId == body.Id && identifiers.Contains(t.Identifier)).ToListAsync(ct);
        var items = round.Items.Select(i => texts.FirstOrDefault(t => t.Identifier == i) is { } t ? new RoundItem(i, t.Kind, t.Topic, t.Text) : null)
            .OfType<RoundItem>().ToList();
        return new CommentRoundView(body.Slug, body.FullName, body.ShortName, round.Number, round.MeetingNumber,
            meeting is null ? $"Convening {round.MeetingNumber}" : Convenings.Heading(body.Convenes, meeting),
            round.CompilationSymbol, round.DeadlineDate, round.DeadlineTime, round.DeadlineTimeZone, round.DeadlineAt, round.Deadline.InWords,
            round.IsOpenAt(clock.GetUtcNow()), round.Audience, CommentRound.AudienceInWords(round.Audience), round.OpenedAt, round.OpenedBy, items,
            comments.Where(shown.Sees).Select(View).ToList(), round.Version)
        {
            MastheadLine = meeting is null ? null : $"{meeting.Venue}, {Dates.Masthead(meeting.StartDate, meeting.EndDate)}",
            ConveningLine = meeting is not null && body.Convenes == Domain.Bodies.Convenes.Sessions ? Convenings.Heading(body.Convenes, meeting) : null,
            ConveningThe = meeting is null ? $"convening {round.MeetingNumber}" : Convenings.The(body.Convenes, meeting),
            Noun = meeting is null ? Convenings.KindNoun(body.Convenes, Domain.Meetings.ConveningKind.Regular) : Convenings.KindNoun(body.Convenes, meeting.Kind),
            IsWithdrawn = round.IsWithdrawn,
            Withdrawal = round.WithdrawnAt is { } withdrawn
                ? $"The Secretariat withdrew the round on {Dates.Day(LocalDay(withdrawn, round.DeadlineTimeZone))}; no comment is taken."
                  + (round.WithdrawalReason is { } why ? $" The reason given: {why.TrimEnd()}{(why.TrimEnd().EndsWith('.') ? "" : ".")}" : "")
                : null,
            Extension = round.OriginalDeadline is { } original && round.ExtendedAt is { } extended
                ? $"The deadline was extended from {original.InWords}{(round.Extensions switch { 1 => "", 2 => " (twice)", var n => $" ({Numbers.Cardinal(n)} times)" })}, "
                  + $"{(round.Extensions == 1 ? "on" : "last on")} {Dates.Day(LocalDay(extended, round.DeadlineTimeZone))}."
                : null,
            Addendum = await db.CommentRounds.CountAsync(r => r.BodyId == body.Id && r.CompilationSymbol == round.CompilationSymbol && r.Number <= round.Number, ct),
        };
    }

    /// <summary>The posted comments of a round as one document (an addendum to the compilation), dated today; null when there is no such round.</summary>
    public async Task<(Documents.Model.OfficialDocument Document, string Symbol)?> DocumentAsync(string slug, int number, CancellationToken ct = default)
    {
        if (await GetAsync(slug, number, CommentsShown.Public, ct) is not { } round) return null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Domain.Decisions.TimeZones.Require(round.DeadlineTimeZone, "comment_round.time_zone")).DateTime);
        var document = CommentsComposer.Compose(round, today);
        return (document, document.Masthead.Symbol);
    }

    /// <summary>A comment's attachment with its bytes, if the reader may see the comment; null otherwise.</summary>
    public async Task<(AttachmentView File, byte[] Content)?> AttachmentAsync(string slug, int round, int number, CommentsShown shown, CancellationToken ct = default)
    {
        var roundId = await db.CommentRounds.Where(r => r.Number == round && db.Bodies.Any(b => b.Id == r.BodyId && b.Slug == slug)).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct);
        if (roundId is null) return null;
        var comment = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.RoundId == roundId && c.Number == number, ct);
        if (comment?.Attachment is not { } file || !shown.Sees(comment)) return null;
        var content = await db.CommentAttachments.Where(a => a.CommentId == comment.Id).Select(a => a.Content).SingleOrDefaultAsync(ct);
        return content is null ? null : (new AttachmentView(file.Name, file.ContentType, file.Size), content);
    }

    private static DateOnly LocalDay(DateTimeOffset at, string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Domain.Decisions.TimeZones.Require(zone, "comment_round.time_zone")).DateTime);

    internal static CommentView View(Comment c) => new(c.Number, c.CommenterKind, c.CommenterKey, c.CommenterName, c.Audience, c.Item, c.Text,
        c.Attachment is { } a ? new AttachmentView(a.Name, a.ContentType, a.Size) : null, c.SubmittedBy, c.SubmittedAt, c.Status, c.DeclineReason,
        c.ReviewedBy, c.ReviewedAt, c.Version);
}
