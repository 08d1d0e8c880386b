using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Domain;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Application.Participation;

/// <summary>Who a delegation is for: a State by its alpha-3 code, or an organization by its name.</summary>
public sealed record ParticipantKey(bool IsState, string Name)
{
    public static ParticipantKey State(string code) => new(true, code.Trim().ToUpperInvariant());
    public static ParticipantKey Organization(string name) => new(false, name.Trim());

    /// <summary>
    /// Reads a participant from its route segments ("states", "ZAF" or "organizations", a name); on
    /// failure, says which segment is wrong and why.
    /// </summary>
    public static bool TryParse(string? kind, string? participant, out ParticipantKey key, out (string Segment, string Error) error)
    {
        (key, error) = (null!, default);
        if (kind is not ("states" or "organizations"))
        {
            error = ("kind", $"'{kind}' is not a kind of participant; use 'states/ZAF' or 'organizations/<name>'.");
            return false;
        }
        if (string.IsNullOrWhiteSpace(participant))
        {
            error = ("participant", kind == "states" ? "Give the State's three-letter code, such as ZAF." : "Give the organization's name.");
            return false;
        }
        try
        {
            key = kind == "states" ? State(Delegation.StateCode(participant)) : Organization(participant);
            return true;
        }
        catch (DomainException e)
        {
            error = ("participant", e.Message);
            return false;
        }
    }
    /// <summary>The path segment of the participant's pages: "states/ZAF" or "organizations/Council%20of%20Europe".</summary>
    public string Path => (IsState ? "states/" : "organizations/") + Uri.EscapeDataString(Name);
}

public sealed record DelegationMemberView(int Position, string Name, string? Function, bool IsHead);

/// <summary>A delegation as its page and the API show it; Version 0 while nobody has registered it.</summary>
public sealed record DelegationView(string BodySlug, int MeetingNumber, ParticipantKey Participant, ParticipantCategory Category, int Version,
    bool IsOpen, IReadOnlyList<DelegationMemberView> Members)
{
    /// <summary>Null while nobody has registered the delegation.</summary>
    public Guid? Id { get; init; }
}

public sealed record DelegationMemberInput(string? Name, string? Function, bool Head);

/// <summary>
/// Delegates and stakeholders register the persons they send to a meeting (the Secretariat may do it
/// for them). Each change names the delegation's version it was made from; version 0 means "nobody
/// has registered this delegation yet".
/// </summary>
public sealed class Delegations(PlenaryDbContext db, EditPipeline pipeline)
{
    public async Task<DelegationView?> GetAsync(string slug, int number, ParticipantKey participant, CancellationToken ct = default)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return null;
        var delegation = await db.Delegations.AsNoTracking().Include(d => d.Members)
            .SingleOrDefaultAsync(d => d.BodyId == meeting.BodyId && d.MeetingNumber == number && d.IsState == participant.IsState && d.Participant == participant.Name, ct);
        return View(slug, meeting, participant, delegation);
    }

    /// <summary>Every registered delegation of a meeting, States first, for the Secretariat.</summary>
    public async Task<IReadOnlyList<DelegationView>?> ListAsync(string slug, int number, CancellationToken ct = default)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return null;
        var delegations = await db.Delegations.AsNoTracking().Include(d => d.Members)
            .Where(d => d.BodyId == meeting.BodyId && d.MeetingNumber == number).ToListAsync(ct);
        return delegations.OrderByDescending(d => d.IsState).ThenBy(d => d.Participant, StringComparer.OrdinalIgnoreCase)
            .Select(d => View(slug, meeting, new ParticipantKey(d.IsState, d.Participant), d)).ToList();
    }

    public Task<EditResult> SaveMemberAsync(string slug, int number, ParticipantKey participant, int version, int? position,
        DelegationMemberInput member, ParticipantCategory? category, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, category, d =>
        {
            if (position is { } p) d.EditMember(p, member.Name ?? "", member.Function, member.Head);
            else d.AddMember(member.Name ?? "", member.Function, member.Head);
        }, ct);

    public Task<EditResult> RemoveMemberAsync(string slug, int number, ParticipantKey participant, int version, int position, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, null, d => d.RemoveMember(position), ct);

    public Task<EditResult> CategorizeAsync(string slug, int number, ParticipantKey participant, int version, ParticipantCategory category, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, category, _ => { }, ct);

    /// <summary>The API's write: the whole list at once, in order.</summary>
    public Task<EditResult> ReplaceAsync(string slug, int number, ParticipantKey participant, int version, ParticipantCategory? category,
        IReadOnlyList<DelegationMemberInput> members, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, category, d =>
        {
            for (var p = d.Members.Count; p >= 1; p--) d.RemoveMember(p);
            foreach (var m in members) d.AddMember(m.Name ?? "", m.Function, m.Head);
        }, ct);

    /// <summary>
    /// An edit to a delegation through the pipeline. A delegation nobody has registered yet opens on
    /// its first edit, which names version 0; once its meeting is held or cancelled the list is closed.
    /// </summary>
    private async Task<EditResult> EditAsync(string slug, int number, ParticipantKey participant, int version, ParticipantCategory? category,
        Action<Delegation> edit, CancellationToken ct)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return EditResult.Missing($"There is no meeting {number} of '{slug}'.");
        var target = new EditTarget<Delegation>("The delegation",
            ct => db.Delegations.Include(d => d.Members)
                .SingleOrDefaultAsync(d => d.BodyId == meeting.BodyId && d.MeetingNumber == number && d.IsState == participant.IsState && d.Participant == participant.Name, ct),
            $"There is no delegation of {participant.Name} to meeting {number}.")
        {
            PageShows = "the current list",
            FieldOf = FieldOf,
            Open = () => Delegation.Open(meeting, participant.Name, participant.IsState,
                category ?? (participant.IsState ? ParticipantCategory.MemberState : ParticipantCategory.IntergovernmentalOrganization)),
        };
        return await pipeline.EditAsync(target, version, d =>
        {
            Delegation.EnsureOpen(meeting);
            if (category is { } c) d.Categorize(c);
            edit(d);
        }, ct);
    }

    private static string? FieldOf(string code) => code switch
    {
        "delegation.member_name" => "Name",
        "delegation.member_function" => "Function",
        "delegation.category" => "Category",
        _ => null,
    };

    private async Task<Meeting?> MeetingAsync(string slug, int number, CancellationToken ct)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        return bodyId is null ? null : await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.BodyId == bodyId && m.Number == number, ct);
    }

    private static DelegationView View(string slug, Meeting meeting, ParticipantKey participant, Delegation? d) =>
        new(slug, meeting.Number, participant,
            d?.Category ?? (participant.IsState ? ParticipantCategory.MemberState : ParticipantCategory.IntergovernmentalOrganization),
            d?.Version ?? 0, meeting.Status is not (MeetingStatus.Held or MeetingStatus.Cancelled),
            d is null ? [] : d.Members.OrderBy(m => m.Position).Select(m => new DelegationMemberView(m.Position, m.Name, m.Function, m.IsHead)).ToList())
        { Id = d?.Id };
}
