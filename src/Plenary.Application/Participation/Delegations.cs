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

    /// <summary>The participant by name: "South Africa", "Council of Europe".</summary>
    public string DisplayName => IsState ? StateRegister.NameOf(Name) : Name;

    /// <summary>The participant as running text names it: "the Russian Federation", "South Africa", "Council of Europe".</summary>
    public string NameInText => IsState ? StateRegister.FindByCode(Name)?.NameInText ?? Name : Name;

    /// <summary>The category of participant the registers give: a State's status, or the organization's category in the register.</summary>
    public ParticipantCategory CategoryFrom(OrganizationView? registered) =>
        IsState ? StateRegister.FindByCode(Name)?.Category ?? ParticipantCategory.MemberState
        : registered?.Category ?? ParticipantCategory.IntergovernmentalOrganization;

    /// <summary>The place in lists: States in the United Nations order (observer States after Member States), then organizations.</summary>
    public int Order => IsState ? StateRegister.FindByCode(Name)?.Order ?? 10_000 : 20_000;
}

public sealed record DelegationMemberView(int Position, string? Title, string? FirstName, string FamilyName, string? Function, string? Email,
    DelegationRole Role, ParticipationMode Mode)
{
    /// <summary>"Ms. Thandi Dlamini".</summary>
    public string Name => PersonName.Create(Title, FirstName, FamilyName).Display;
    /// <summary>"Ms. Thandi DLAMINI", as a list of participants prints it.</summary>
    public string ListName => PersonName.Create(Title, FirstName, FamilyName).ListForm;
    public bool IsHead => Role == DelegationRole.Head;
    public string RoleName => DelegationRoles.Name(Role);
    public string ModeName => DelegationRoles.Name(Mode);
}

/// <summary>The letter on file for a delegation (its bytes are read only to download it).</summary>
public sealed record LetterView(string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>A delegation as its page and the API show it; Version 0 while nobody has registered it.</summary>
public sealed record DelegationView(string BodySlug, int MeetingNumber, ParticipantKey Participant, ParticipantCategory Category, int Version,
    bool IsOpen, IReadOnlyList<DelegationMemberView> Members)
{
    /// <summary>Null while nobody has registered the delegation.</summary>
    public Guid? Id { get; init; }
    /// <summary>"South Africa", "Council of Europe".</summary>
    public string ParticipantName => Participant.DisplayName;
    public DelegationStatus Status { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public LetterView? Letter { get; init; }
    /// <summary>The plenary meetings (by number) at which the delegation was present.</summary>
    public IReadOnlyList<int> Attended { get; init; } = [];
    public string StatusName => DelegationRoles.Name(Status);
}

/// <summary>A person as a form or an API body gives them; a role or mode left out is a representative in person.</summary>
public sealed record DelegationMemberInput(string? Title, string? FirstName, string? FamilyName, string? Function, string? Email,
    DelegationRole? Role = null, ParticipationMode? Mode = null);

/// <summary>A file as a form or an API request gives it.</summary>
public sealed record UploadedFile(string? FileName, byte[] Content);

/// <summary>
/// Delegates and stakeholders register the persons they send to a meeting and upload the letter that accredits them; the
/// Secretariat may do it for them, approves delegations, and records attendance. Each change names the delegation's version
/// it was made from; version 0 means "nobody has registered this delegation yet". A delegate acts for their delegation only
/// while the meeting is still to be held (<paramref name="bySecretariat"/> false); the Secretariat may correct it afterwards.
/// </summary>
public sealed class Delegations(PlenaryDbContext db, EditPipeline pipeline, Organizations organizations, TimeProvider clock)
{
    public async Task<DelegationView?> GetAsync(string slug, int number, ParticipantKey participant, CancellationToken ct = default)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return null;
        participant = await CanonicalAsync(participant, ct);
        var delegation = await db.Delegations.AsNoTracking().Include(d => d.Members)
            .SingleOrDefaultAsync(d => d.BodyId == meeting.BodyId && d.MeetingNumber == number && d.IsState == participant.IsState && d.Participant == participant.Name, ct);
        var registered = participant.IsState ? null : await organizations.FindAsync(participant.Name, ct);
        // Only an organization of the register may register a delegation (one recorded before stays readable).
        if (!participant.IsState && registered is null && delegation is null) return null;
        return View(slug, meeting, participant, delegation, participant.CategoryFrom(registered));
    }

    /// <summary>Every registered delegation of a meeting, States in the United Nations order first, then organizations by name.</summary>
    public async Task<IReadOnlyList<DelegationView>?> ListAsync(string slug, int number, CancellationToken ct = default)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return null;
        var delegations = await db.Delegations.AsNoTracking().Include(d => d.Members)
            .Where(d => d.BodyId == meeting.BodyId && d.MeetingNumber == number).ToListAsync(ct);
        return delegations.Select(d => View(slug, meeting, new ParticipantKey(d.IsState, d.Participant), d, d.Category))
            .OrderBy(v => v.Participant.Order).ThenBy(v => v.Participant.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public Task<EditResult> SaveMemberAsync(string slug, int number, ParticipantKey participant, int version, int? position,
        DelegationMemberInput member, bool bySecretariat, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, bySecretariat, null, (d, _) =>
        {
            var name = PersonName.Create(member.Title, member.FirstName, member.FamilyName, "delegation.member");
            var (role, mode) = (member.Role ?? DelegationRole.Representative, member.Mode ?? ParticipationMode.InPerson);
            if (position is { } p) d.EditMember(p, name, member.Function, member.Email, role, mode);
            else d.AddMember(name, member.Function, member.Email, role, mode);
        }, ct);

    public Task<EditResult> RemoveMemberAsync(string slug, int number, ParticipantKey participant, int version, int position, bool bySecretariat, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, bySecretariat, null, (d, _) => d.RemoveMember(position), ct);

    public Task<EditResult> CategorizeAsync(string slug, int number, ParticipantKey participant, int version, ParticipantCategory category, bool bySecretariat, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, bySecretariat, category, (_, _) => { }, ct);

    /// <summary>The API's write: the whole list at once, in order.</summary>
    public Task<EditResult> ReplaceAsync(string slug, int number, ParticipantKey participant, int version, ParticipantCategory? category,
        IReadOnlyList<DelegationMemberInput> members, bool bySecretariat, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, bySecretariat, category, (d, _) =>
        {
            for (var p = d.Members.Count; p >= 1; p--) d.RemoveMember(p);
            foreach (var m in members)
                d.AddMember(PersonName.Create(m.Title, m.FirstName, m.FamilyName, "delegation.member"), m.Function, m.Email,
                    m.Role ?? DelegationRole.Representative, m.Mode ?? ParticipationMode.InPerson);
        }, ct);

    /// <summary>The import's write: persons added after those registered, by the Secretariat (RegistrationImport).</summary>
    public Task<EditResult> AddMembersAsync(string slug, int number, ParticipantKey participant, int version, ParticipantCategory category,
        IReadOnlyList<DelegationMemberInput> members, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, true, version == 0 ? category : null, (d, _) =>
        {
            foreach (var m in members)
                d.AddMember(PersonName.Create(m.Title, m.FirstName, m.FamilyName, "delegation.member"), m.Function, m.Email,
                    m.Role ?? DelegationRole.Representative, m.Mode ?? ParticipationMode.InPerson);
        }, ct);

    /// <summary>Keeps the delegation's note verbale or official letter (PDF or Word), in place of an earlier one.</summary>
    public Task<EditResult> AttachLetterAsync(string slug, int number, ParticipantKey participant, int version, UploadedFile file, long maxBytes,
        bool bySecretariat, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, bySecretariat, null, async (d, _) =>
        {
            var letter = d.AttachLetter(file.FileName, file.Content, clock.GetUtcNow(), db.Actor.Name, maxBytes);
            if (await db.DelegationLetters.SingleOrDefaultAsync(l => l.DelegationId == d.Id, ct) is { } kept) kept.Replace(letter);
            else db.DelegationLetters.Add(letter);
        }, ct, "File");

    /// <summary>The letter's name, type and bytes; null when there is none.</summary>
    public async Task<(LetterView Letter, byte[] Content)?> LetterAsync(string slug, int number, ParticipantKey participant, CancellationToken ct = default)
    {
        if (await GetAsync(slug, number, participant, ct) is not { Id: { } id, Letter: { } letter }) return null;
        var content = await db.DelegationLetters.AsNoTracking().Where(l => l.DelegationId == id).Select(l => l.Content).SingleOrDefaultAsync(ct);
        return content is null ? null : (letter, content);
    }

    /// <summary>The Secretariat approves a delegation as it stands, on its letter.</summary>
    public Task<EditResult> ApproveAsync(string slug, int number, ParticipantKey participant, int version, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, true, null, (d, _) => d.Approve(clock.GetUtcNow()), ct);

    /// <summary>Records a delegation as present at a plenary meeting, or takes the record back.</summary>
    public Task<EditResult> SetAttendanceAsync(string slug, int number, ParticipantKey participant, int version, int plenaryMeeting, bool present,
        bool bySecretariat, CancellationToken ct = default) =>
        EditAsync(slug, number, participant, version, bySecretariat, null, (d, meeting) =>
        {
            if (present) d.CheckIn(meeting, plenaryMeeting, bySecretariat);
            else d.CheckOut(meeting, plenaryMeeting, bySecretariat);
        }, ct);

    /// <summary>An edit whose step may also touch the store (a letter's bytes).</summary>
    private Task<EditResult> EditAsync(string slug, int number, ParticipantKey participant, int version, bool bySecretariat, ParticipantCategory? category,
        Action<Delegation, Meeting> edit, CancellationToken ct) =>
        EditAsync(slug, number, participant, version, bySecretariat, category, (d, m) =>
        {
            edit(d, m);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// An edit to a delegation through the pipeline. A delegation nobody has registered yet opens on its first edit, which
    /// names version 0, in the category the registers give it; once its meeting is held or cancelled, only the Secretariat
    /// may change it.
    /// </summary>
    private async Task<EditResult> EditAsync(string slug, int number, ParticipantKey participant, int version, bool bySecretariat, ParticipantCategory? category,
        Func<Delegation, Meeting, Task> edit, CancellationToken ct, string? field = null)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return EditResult.Missing($"There is no convening {number} of '{slug}'.");
        participant = await CanonicalAsync(participant, ct);
        var registered = participant.IsState ? null : await organizations.FindAsync(participant.Name, ct);
        var target = new EditTarget<Delegation>("The delegation",
            ct => db.Delegations.Include(d => d.Members)
                .SingleOrDefaultAsync(d => d.BodyId == meeting.BodyId && d.MeetingNumber == number && d.IsState == participant.IsState && d.Participant == participant.Name, ct),
            $"There is no delegation of {participant.DisplayName} to convening {number}.")
        {
            PageShows = "the current list",
            FieldOf = FieldOf,
            Open = () => !participant.IsState && registered is null
                ? throw new DomainException("delegation.participant", $"'{participant.Name}' is not an organization in the register; pick one by its name, " +
                    "such as Council of Europe, or ask the Secretariat to add it to the register of organizations.")
                : Delegation.Open(meeting, participant.Name, participant.IsState, category ?? participant.CategoryFrom(registered), bySecretariat),
        };
        return await pipeline.EditAsync(target, version, async d =>
        {
            Delegation.EnsureOpen(meeting, bySecretariat);
            if (category is { } c) d.Categorize(c);
            await edit(d, meeting);
            return null;
        }, ct, field);
    }

    /// <summary>An organization as the register names it ("INTERPOL" is the International Criminal Police Organization); a State, or a name the register lacks, as given (it opens no delegation).</summary>
    private async Task<ParticipantKey> CanonicalAsync(ParticipantKey participant, CancellationToken ct) =>
        !participant.IsState && await organizations.FindAsync(participant.Name, ct) is { } registered ? ParticipantKey.Organization(registered.Name) : participant;

    internal static string? FieldOf(string code) => code switch
    {
        "delegation.member_title" => "Title",
        "delegation.member_first_name" => "FirstName",
        "delegation.member_family_name" => "FamilyName",
        "delegation.member_function" => "Function",
        "delegation.member_email" => "Email",
        "delegation.member_role" => "Role",
        "delegation.member_mode" => "Mode",
        "delegation.category" => "Category",
        _ when code.StartsWith("file.", StringComparison.Ordinal) => "File",
        _ => null,
    };

    private async Task<Meeting?> MeetingAsync(string slug, int number, CancellationToken ct)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        return bodyId is null ? null
            : await db.Meetings.AsNoTracking().Include(m => m.PlenaryMeetings).SingleOrDefaultAsync(m => m.BodyId == bodyId && m.Number == number, ct);
    }

    internal static DelegationView View(string slug, Meeting meeting, ParticipantKey participant, Delegation? d, ParticipantCategory category) =>
        new(slug, meeting.Number, participant, d?.Category ?? category, d?.Version ?? 0, meeting.Status is not (MeetingStatus.Held or MeetingStatus.Cancelled),
            d is null ? [] : d.Members.OrderBy(m => m.Position).Select(Member).ToList())
        {
            Id = d?.Id,
            Status = d?.Status ?? DelegationStatus.Pending,
            ApprovedAt = d?.ApprovedAt,
            Letter = d is { LetterFileName: { } name, LetterContentType: { } type, LetterSize: { } size, LetterUploadedAt: { } at }
                ? new LetterView(name, type, size, at, d.LetterUploadedBy ?? "") : null,
            Attended = d?.AttendedPlenaryMeetings ?? [],
        };

    internal static DelegationMemberView Member(DelegationMember m) =>
        new(m.Position, m.Title, m.FirstName, m.FamilyName, m.Function, m.Email, m.Role, m.Mode);
}
