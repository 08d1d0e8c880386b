using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Participation;

namespace Plenary.Application.Participation;

/// <summary>One participant on a plenary meeting's attendance list: present or not, with the delegation's version to edit from (0: not registered).</summary>
public sealed record AttendanceRow(ParticipantKey Participant, ParticipantCategory Category, int Version, bool Present, int Persons, DelegationStatus Status)
{
    public string Name => Participant.DisplayName;
    public bool Registered => Version > 0;
}

/// <summary>A plenary meeting's attendance: who was present, and how many of each category.</summary>
public sealed record AttendanceView(int PlenaryMeeting, IReadOnlyList<AttendanceRow> Rows)
{
    public int Present => Rows.Count(r => r.Present);
}

/// <summary>
/// Attendance per plenary meeting, read from the delegations (each keeps the plenary meetings it attended): the Secretariat's
/// fast list, the public counts, and the counts the report's attendance paragraph is written from.
/// </summary>
public sealed class AttendanceQueries(PlenaryDbContext db, Organizations organizations)
{
    /// <summary>
    /// The list for a plenary meeting: every registered delegation, and, when <paramref name="query"/> is given, also the
    /// States and organizations of the registers that answer to it and have not registered (ticking one opens its delegation).
    /// Null when there is no such meeting or plenary meeting.
    /// </summary>
    public async Task<AttendanceView?> ListAsync(string slug, int number, int plenaryMeeting, string? query = null, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.PlenaryMeetings)
            .Where(m => m.Number == number && db.Bodies.Any(b => b.Id == m.BodyId && b.Slug == slug)).SingleOrDefaultAsync(ct);
        if (meeting is null || !meeting.PlenaryMeetings.Any(p => p.Number == plenaryMeeting)) return null;
        var delegations = await db.Delegations.AsNoTracking().Include(d => d.Members)
            .Where(d => d.BodyId == meeting.BodyId && d.MeetingNumber == number).ToListAsync(ct);
        var rows = delegations.Select(d => new AttendanceRow(new ParticipantKey(d.IsState, d.Participant), d.Category, d.Version,
            d.Attended(plenaryMeeting), d.Members.Count, d.Status)).ToList();
        var q = RegisterNames.Searchable(query);
        if (q.Length > 0)
        {
            rows = rows.Where(r => Matches(r.Participant, q)).ToList();
            var held = rows.Select(r => (r.Participant.IsState, r.Participant.Name)).ToHashSet();
            rows.AddRange(StateRegister.Search(query).Where(s => !held.Contains((true, s.Code)) && !delegations.Any(d => d.IsState && d.Participant == s.Code))
                .Select(s => new AttendanceRow(ParticipantKey.State(s.Code), s.Category, 0, false, 0, DelegationStatus.Pending)));
            rows.AddRange((await organizations.ListAsync(query, ct: ct)).Where(o => !delegations.Any(d => !d.IsState && d.Participant == o.Name))
                .Select(o => new AttendanceRow(ParticipantKey.Organization(o.Name), o.Category, 0, false, 0, DelegationStatus.Pending)));
        }
        return new AttendanceView(plenaryMeeting, rows.OrderBy(r => r.Participant.Order).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>How many delegations were present at each plenary meeting of a meeting (by number).</summary>
    public async Task<IReadOnlyDictionary<int, int>> PresentByPlenaryAsync(string slug, int number, CancellationToken ct = default)
    {
        var attended = await db.Delegations.AsNoTracking()
            .Where(d => d.MeetingNumber == number && db.Bodies.Any(b => b.Id == d.BodyId && b.Slug == slug)).Select(d => d.AttendedPlenaryMeetings).ToListAsync(ct);
        return attended.SelectMany(a => a).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>How many delegations of each category attended at least one plenary meeting of the meeting.</summary>
    public async Task<IReadOnlyDictionary<ParticipantCategory, int>> CountsAsync(Guid bodyId, int number, CancellationToken ct = default)
    {
        var attended = await db.Delegations.AsNoTracking().Where(d => d.BodyId == bodyId && d.MeetingNumber == number).ToListAsync(ct);
        return Counts(attended);
    }

    /// <summary>How many of the delegations attended at least one plenary meeting, by category.</summary>
    public static IReadOnlyDictionary<ParticipantCategory, int> Counts(IEnumerable<Delegation> delegations) =>
        delegations.Where(d => d.AttendedPlenaryMeetings.Count > 0).GroupBy(d => d.Category).ToDictionary(g => g.Key, g => g.Count());

    private static bool Matches(ParticipantKey participant, string query) =>
        RegisterNames.Searchable(participant.DisplayName).Contains(query, StringComparison.Ordinal)
        || (participant.IsState && participant.Name.Equals(query, StringComparison.OrdinalIgnoreCase));
}
