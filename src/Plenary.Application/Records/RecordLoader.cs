using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Records;

/// <summary>A body's whole record as stored, loaded in one place for export and for comparison on import.</summary>
public sealed record StoredRecord(Body Body, Body? Parent, IReadOnlyList<Meeting> Meetings, IReadOnlyList<Document> Documents)
{
    public BuiltRecommendations Recommendations { get; init; } = BuiltRecommendations.None;

    /// <summary>The body's silence procedures (the record holds the concluded ones).</summary>
    public IReadOnlyList<Plenary.Domain.Decisions.SilenceProcedure> Procedures { get; init; } = [];

    /// <summary>Each convening's delegations, statements and list of speakers, by meeting number.</summary>
    public IReadOnlyDictionary<int, BuiltParticipation> Participation { get; init; } = new Dictionary<int, BuiltParticipation>();

    public RecordFile ToRecord() => RecordMapper.ToRecord(Body, Parent, Meetings, Documents, recommendations: Recommendations, procedures: Procedures, participation: Participation);
}

public static class RecordLoader
{
    public static async Task<StoredRecord?> LoadAsync(PlenaryDbContext db, string slug, CancellationToken ct = default)
    {
        var body = await db.Bodies.WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var parent = body.ParentId is { } parentId ? await db.Bodies.SingleOrDefaultAsync(b => b.Id == parentId, ct) : null;
        var meetings = await MeetingsWithEverything(db).Where(m => m.BodyId == body.Id).ToListAsync(ct);
        var documents = await db.Documents.Where(d => d.BodyId == body.Id).ToListAsync(ct);
        var procedures = await db.SilenceProcedures.Include(p => p.Steps).Where(p => p.BodyId == body.Id).ToListAsync(ct);
        var rounds = await db.CommentRounds.Where(r => r.BodyId == body.Id).ToListAsync(ct);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var comments = await db.Set<Plenary.Domain.Recommendations.Comment>().Where(c => roundIds.Contains(c.RoundId)).ToListAsync(ct);
        var commentIds = comments.Where(c => c.AttachmentName != null).Select(c => c.Id).ToList();
        var delegations = await db.Delegations.AsNoTracking().Include(d => d.Members).Where(d => d.BodyId == body.Id).ToListAsync(ct);
        var statements = await db.Statements.AsNoTracking().Where(s => s.BodyId == body.Id).ToListAsync(ct);
        var lists = await db.SpeakersLists.AsNoTracking().Include(l => l.Speakers).Where(l => l.BodyId == body.Id).ToListAsync(ct);
        var participation = delegations.Select(d => d.MeetingNumber).Concat(statements.Select(s => s.MeetingNumber)).Concat(lists.Select(l => l.MeetingNumber)).Distinct()
            .ToDictionary(n => n, n => new BuiltParticipation(delegations.Where(d => d.MeetingNumber == n).ToList(), statements.Where(s => s.MeetingNumber == n).ToList(),
                lists.SingleOrDefault(l => l.MeetingNumber == n)));
        return new StoredRecord(body, parent, meetings, documents)
        {
            Recommendations = new BuiltRecommendations(
                await db.PreliminaryTexts.Where(t => t.BodyId == body.Id).ToListAsync(ct),
                await db.Suggestions.Where(s => s.BodyId == body.Id).ToListAsync(ct))
            {
                Rounds = new BuiltCommentRounds(rounds, comments,
                    commentIds.Count == 0 ? [] : await db.CommentAttachments.Where(a => commentIds.Contains(a.CommentId)).ToListAsync(ct)),
                Consolidations = await db.Consolidations.Where(c => c.BodyId == body.Id)
                    .Include(c => c.Texts).ThenInclude(t => t.Versions).Include(c => c.Decisions).Include(c => c.Snapshots).ThenInclude(s => s.Texts)
                    .AsSplitQuery().ToListAsync(ct),
            },
            Procedures = procedures,
            Participation = participation,
        };
    }

    /// <summary>Meetings with every part a page or a document needs.</summary>
    public static IQueryable<Meeting> MeetingsWithEverything(PlenaryDbContext db) => db.Meetings
        .Include(m => m.History)
        .Include(m => m.PlenaryMeetings)
        .Include(m => m.AgendaItems).ThenInclude(i => i.Documentation)
        .Include(m => m.AgendaItems).ThenInclude(i => i.Panellists)
        .Include(m => m.OrganizationOfWork)
        .AsSplitQuery();
}
