using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Documents.Composing;

/// <summary>
/// Everything the record holds that a convening's documents draw on: the body (with its conventions and
/// officers), the convening, the body's earlier convenings in the order they were held, and the register.
/// </summary>
public sealed record MeetingDossier(Body Body, Meeting Meeting, IReadOnlyList<Meeting> EarlierMeetings, IReadOnlyList<Document> Register)
{
    /// <summary>The body the record's body reports to (a commission for its expert group), for sentences that name it.</summary>
    public Body? Parent { get; init; }

    /// <summary>The body's preliminary conclusions and recommendations, of this convening and those held before it (Recommendations/ReportChapters and CompilationComposer pick theirs).</summary>
    public IReadOnlyList<Plenary.Domain.Recommendations.PreliminaryText> PreliminaryTexts { get; init; } = [];

    /// <summary>The delegations registered for the convening, with their persons and attendance (ADR 0018).</summary>
    public IReadOnlyList<Plenary.Domain.Participation.Delegation> Delegations { get; init; } = [];

    /// <summary>The statements made at the convening.</summary>
    public IReadOnlyList<Plenary.Domain.Participation.Statement> Statements { get; init; } = [];

    /// <summary>The consolidation at a stocktaking convening (the adopted list and its sources); null elsewhere or before its first edit.</summary>
    public Plenary.Domain.Recommendations.Consolidation? Consolidation { get; init; }

    /// <summary>The silence procedures circulated on the convening (drafts left out), with their steps.</summary>
    public IReadOnlyList<Plenary.Domain.Decisions.SilenceProcedure> Procedures { get; init; } = [];

    public string MeetingPage => $"/bodies/{Body.Slug}/meetings/{Meeting.Number}";

    /// <summary>"meeting", "session" or "consultation": what this convening is called on its own.</summary>
    public string Noun => Convenings.KindNoun(Body.Convenes, Meeting.Kind);

    /// <summary>What <paramref name="meeting"/> is called on its own ("At that consultation").</summary>
    public string NounOf(Meeting meeting) => Convenings.KindNoun(Body.Convenes, meeting.Kind);

    /// <summary>"meeting" or "plenary meeting": what running text calls a sitting.</summary>
    public string SittingNoun => Convenings.SittingNoun(Body.Convenes);

    /// <summary>"the seventh meeting", "the third session".</summary>
    public string The(Meeting meeting) => Convenings.The(Body.Convenes, meeting);

    /// <summary>"the 1st meeting", "the 71st plenary meeting": a sitting of the convening, numbered in the body's series.</summary>
    public string Sitting(int plenaryMeeting) => $"{Numbers.OrdinalInFigures(Meeting.SittingNumber(plenaryMeeting))} {SittingNoun}";

    /// <summary>An officer of the body named by the convening (opened, presided, closed), or null.</summary>
    public Officer? Officer(Guid? id) => id is { } officer ? Body.OfficerWith(officer) : null;

    /// <summary>The convening's registered document of a type (not a revision), if the register holds one.</summary>
    public Document? Registered(DocumentType type) => Register
        .Where(d => d.MeetingNumber == Meeting.Number && d.Type == type && DocumentFamily.IsOriginal(d.Symbol))
        .OrderBy(d => DocumentSymbol.Create(d.Symbol)).FirstOrDefault();

    public static async Task<MeetingDossier?> LoadAsync(PlenaryDbContext db, string slug, int number, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        // Only what the documents draw on, so that their cost follows the convening and its history,
        // not the size of the body: the convenings held up to this one, and this convening's register
        // entries (with those that name no convening), never the later convenings nor the whole register.
        var start = await db.Meetings.Where(m => m.BodyId == body.Id && m.Number == number).Select(m => (DateOnly?)m.StartDate).SingleOrDefaultAsync(ct);
        if (start is null) return null;
        var meetings = await RecordLoader.MeetingsWithEverything(db).AsNoTracking()
            .Where(m => m.BodyId == body.Id && (m.StartDate <= start || m.Number == number)).ToListAsync(ct);
        var meeting = meetings.Single(m => m.Number == number);
        var register = await db.Documents.AsNoTracking()
            .Where(d => d.BodyId == body.Id && (d.MeetingNumber == number || d.MeetingNumber == null)).ToListAsync(ct);
        var held = meetings.Select(m => m.Number).ToList();
        return new MeetingDossier(body, meeting, Earlier(meetings, meeting), register)
        {
            Parent = body.ParentId is { } parent ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == parent, ct) : null,
            PreliminaryTexts = await db.PreliminaryTexts.AsNoTracking().Where(t => t.BodyId == body.Id && held.Contains(t.MeetingNumber)).ToListAsync(ct),
            Delegations = await db.Delegations.AsNoTracking().Include(d => d.Members).Where(d => d.BodyId == body.Id && d.MeetingNumber == number).ToListAsync(ct),
            Statements = await db.Statements.AsNoTracking().Where(s => s.BodyId == body.Id && s.MeetingNumber == number).ToListAsync(ct),
            Procedures = await db.SilenceProcedures.AsNoTracking().Include(p => p.Steps)
                .Where(p => p.BodyId == body.Id && p.MeetingNumber == number && p.Status != Plenary.Domain.Decisions.ProcedureStatus.Draft).ToListAsync(ct),
            Consolidation = meeting.IsStocktaking ? await Recommendations.Consolidations.Load(db, body.Id, number).AsNoTracking().SingleOrDefaultAsync(ct) : null,
        };
    }

    /// <summary>The convenings held before <paramref name="meeting"/> started, in the order they were held (never by number).</summary>
    public static IReadOnlyList<Meeting> Earlier(IEnumerable<Meeting> meetings, Meeting meeting) =>
        meetings.Where(m => m.Number != meeting.Number && m.StartDate < meeting.StartDate).OrderBy(m => m.StartDate).ThenBy(m => m.Number).ToList();
}
