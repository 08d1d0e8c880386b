using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Documents.Composing;

/// <summary>Everything the record holds that a meeting's documents draw on.</summary>
public sealed record MeetingDossier(Body Body, Meeting Meeting, IReadOnlyList<Meeting> EarlierMeetings, IReadOnlyList<Document> Register)
{
    public string MeetingPage => $"/bodies/{Body.Slug}/meetings/{Meeting.Number}";

    public static async Task<MeetingDossier?> LoadAsync(PlenaryDbContext db, string slug, int number, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var meetings = await RecordLoader.MeetingsWithEverything(db).AsNoTracking()
            .Where(m => m.BodyId == body.Id && m.Number <= number).ToListAsync(ct);
        var meeting = meetings.SingleOrDefault(m => m.Number == number);
        if (meeting is null) return null;
        var register = await db.Documents.AsNoTracking().Where(d => d.BodyId == body.Id).ToListAsync(ct);
        return new MeetingDossier(body, meeting, meetings.Where(m => m.Number < number).OrderBy(m => m.Number).ToList(), register);
    }
}
