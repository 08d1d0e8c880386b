using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Meetings;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>The person form of a delegation page: which form it is ("new" or a member's position) and what it shows.</summary>
public sealed record MemberFields(string Form, DelegationMemberInput Values, Func<string, string?> ErrorOf);

/// <summary>
/// A delegation to a meeting: its delegate (or stakeholder) lists the persons it sends, uploads the letter that accredits them,
/// checks in at plenary meetings and publishes the texts of its statements, and acts only for its own delegation; the
/// Secretariat may do all of it on their behalf, and approves the delegation. Post/Redirect/Get; stale edits are refused.
/// </summary>
/// <remarks>It names persons: no cache keeps it (Cache-Control: no-store).</remarks>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Authorize(Policy = Policies.Participant)]
public sealed class DelegationModel(Delegations delegations, Statements statements, BodyQueries bodies, MeetingQueries meetings,
    Plenary.Application.Audit.AuditQueries audit, Plenary.Application.Documents.DocumentLimits limits) : EditorPage
{
    public DelegationView Delegation { get; private set; } = null!;
    public string BodyName { get; private set; } = "";
    public string MeetingName { get; private set; } = "";
    public IReadOnlyList<PlenaryMeetingView> PlenaryMeetings { get; private set; } = [];
    public IReadOnlyList<StatementView> OwnStatements { get; private set; } = [];
    public string ParticipantName => Delegation.Participant.IsState ? $"the delegation of {ParticipantInText}" : Delegation.Participant.Name;
    /// <summary>The participant by name: a State as the register names it in running text ("the Russian Federation"), an organization as registered.</summary>
    public string ParticipantInText => Delegation.Participant.NameInText;
    public bool IsSecretariat { get; private set; }
    /// <summary>The person form that failed ("new" or a position), with the values typed, so they are kept; or the person being edited.</summary>
    public string? FormShown { get; private set; }
    public DelegationMemberInput? Typed { get; private set; }
    public ConfirmRemoval? Confirm { get; private set; }
    /// <summary>The History panel, for the Secretariat (null for others, and before anyone registered).</summary>
    public IReadOnlyList<Plenary.Application.Audit.ChangeDescription>? Changes { get; private set; }

    public string Here => $"/bodies/{Delegation.BodySlug}/meetings/{Delegation.MeetingNumber}/delegations/{Delegation.Participant.Path}";

    /// <summary>The person form's fields, with what was typed when the form was refused.</summary>
    public MemberFields FieldsFor(string form, DelegationMemberView? member) => new(form,
        FormShown == form && Typed is not null ? Typed
        : member is null ? new DelegationMemberInput(null, null, null, null, null, Delegation.Members.Count == 0 ? DelegationRole.Head : DelegationRole.Representative, ParticipationMode.InPerson)
        : new DelegationMemberInput(member.Title, member.FirstName, member.FamilyName, member.Function, member.Email, member.Role, member.Mode),
        field => FormShown == form ? ViewData.ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage : null);

    public async Task<IActionResult> OnGetAsync(string slug, int number, string kind, string participant, int? remove, int? edit, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, kind, participant, ct) is { } refusal) return refusal;
        if (edit is { } editing && Delegation.Members.Any(m => m.Position == editing)) FormShown = editing.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (remove is { } position && Delegation.Members.FirstOrDefault(m => m.Position == position) is { } member)
            Confirm = new ConfirmRemoval($"Remove {member.Name} from {ParticipantName}?",
                "The person is taken off the list of the delegation" + (Delegation.Status == DelegationStatus.Approved ? ", which then awaits the Secretariat's approval again" : "") + "; the change is kept in the audit trail.",
                "Remove", new Dictionary<string, string> { ["version"] = Delegation.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                Here, $"Remove {member.Name}");
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(string slug, int number, string kind, string participant, int version, string? title, string? firstName, string? familyName,
        string? function, string? email, DelegationRole? role, ParticipationMode? mode, CancellationToken ct)
    {
        var input = new DelegationMemberInput(title, firstName, familyName, function, email, role, mode);
        return ApplyAsync(new(slug, number, kind, participant, ct), ("new", input),
            (key, secretariat) => delegations.SaveMemberAsync(slug, number, key, version, null, input, secretariat, ct),
            $"{Name(input)} was added.");
    }

    public Task<IActionResult> OnPostEditAsync(string slug, int number, string kind, string participant, int version, int position, string? title, string? firstName,
        string? familyName, string? function, string? email, DelegationRole? role, ParticipationMode? mode, CancellationToken ct)
    {
        var input = new DelegationMemberInput(title, firstName, familyName, function, email, role, mode);
        return ApplyAsync(new(slug, number, kind, participant, ct), (position.ToString(System.Globalization.CultureInfo.InvariantCulture), input),
            (key, secretariat) => delegations.SaveMemberAsync(slug, number, key, version, position, input, secretariat, ct),
            $"{Name(input)} was saved.");
    }

    public Task<IActionResult> OnPostRemoveAsync(string slug, int number, string kind, string participant, int version, int position, CancellationToken ct) =>
        ApplyAsync(new(slug, number, kind, participant, ct), null,
            (key, secretariat) => delegations.RemoveMemberAsync(slug, number, key, version, position, secretariat, ct), "The person was removed from the delegation.");

    /// <summary>Uploads the note verbale or official letter.</summary>
    public async Task<IActionResult> OnPostLetterAsync(string slug, int number, string kind, string participant, int version, IFormFile? file, CancellationToken ct)
    {
        var upload = await ReadAsync(file, ct);
        return await ApplyAsync(new(slug, number, kind, participant, ct), null,
            (key, secretariat) => upload is null
                ? Task.FromResult(EditResult.Refused("Choose the file of the note verbale or official letter (PDF or Word) to upload.", "File"))
                : delegations.AttachLetterAsync(slug, number, key, version, upload, limits.MaxFileBytes, secretariat, ct),
            $"The letter {upload?.FileName} is on file; the Secretariat approves the delegation on it.");
    }

    /// <summary>The Secretariat approves the delegation as it stands.</summary>
    public async Task<IActionResult> OnPostApproveAsync(string slug, int number, string kind, string participant, int version, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, kind, participant, ct) is { } refusal) return refusal;
        if (!IsSecretariat) return Forbid();
        return await ApplyAsync(new(slug, number, kind, participant, ct), null,
            (key, _) => delegations.ApproveAsync(slug, number, key, version, ct), "The delegation is approved.");
    }

    /// <summary>Checks the delegation in at a plenary meeting (or takes it back); from the meeting page, returns there.</summary>
    public Task<IActionResult> OnPostAttendanceAsync(string slug, int number, string kind, string participant, int version, int plenaryMeeting, bool present,
        string? returnTo, CancellationToken ct) =>
        ApplyAsync(new(slug, number, kind, participant, ct), null,
            (key, secretariat) => delegations.SetAttendanceAsync(slug, number, key, version, plenaryMeeting, present, secretariat, ct),
            () => present ? $"{Sentences(ParticipantInText)} is checked in at the {Plenary.Domain.Editorial.Numbers.OrdinalInFigures(plenaryMeeting)} plenary meeting."
                : $"The check-in at the {Plenary.Domain.Editorial.Numbers.OrdinalInFigures(plenaryMeeting)} plenary meeting was taken back.",
            returnTo == "meeting" ? $"/bodies/{slug}/meetings/{number}#participation" : null);

    /// <summary>Uploads the text of one of the delegation's statements.</summary>
    public async Task<IActionResult> OnPostStatementTextAsync(string slug, int number, string kind, string participant, Guid statement, int version, IFormFile? file, CancellationToken ct)
    {
        var upload = await ReadAsync(file, ct);
        return await ApplyStatementAsync(new(slug, number, kind, participant, ct), statement,
            () => upload is null
                ? Task.FromResult(EditResult.Refused("Choose the file of the statement's text (PDF or Word) to upload.", "File"))
                : statements.AttachTextAsync(slug, number, statement, version, upload, limits.MaxFileBytes, ct),
            $"The text {upload?.FileName} is kept with the statement.");
    }

    /// <summary>Publishes the text of one of the delegation's statements on the meeting page, or takes it off.</summary>
    public Task<IActionResult> OnPostPublishAsync(string slug, int number, string kind, string participant, Guid statement, int version, bool published, CancellationToken ct) =>
        ApplyStatementAsync(new(slug, number, kind, participant, ct), statement, () => statements.PublishAsync(slug, number, statement, version, published, ct),
            published ? "The text is published on the public page." : "The text is no longer published.");

    private static string Sentences(string text) => Plenary.Domain.Editorial.Sentences.Opening(text);

    private static string Name(DelegationMemberInput input) =>
        string.Join(' ', new[] { input.Title, input.FirstName, input.FamilyName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <summary>An uploaded file's bytes, or null when none was chosen.</summary>
    private static async Task<UploadedFile?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName)) return null;
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, ct);
        return new UploadedFile(file.FileName, memory.ToArray());
    }

    /// <summary>The delegation a post is about, as its route names it.</summary>
    private sealed record On(string Slug, int Number, string Kind, string Participant, CancellationToken Ct);

    private async Task<IActionResult> ApplyStatementAsync(On on, Guid statement, Func<Task<EditResult>> apply, string done)
    {
        if (await ShowAsync(on.Slug, on.Number, on.Kind, on.Participant, on.Ct) is { } refusal) return refusal;
        // Only the delegation's own statements: a delegate never reaches another's through this page.
        if (OwnStatements.All(s => s.Id != statement)) return NotFound();
        return await ApplyAsync(apply, done, () => Redirect(Here + "#statements"), async () =>
        {
            await ShowAsync(on.Slug, on.Number, on.Kind, on.Participant, on.Ct);
            return Page();
        }, r => Error = r.Error);
    }

    private Task<IActionResult> ApplyAsync(On on, (string Form, DelegationMemberInput Input)? typed,
        Func<ParticipantKey, bool, Task<EditResult>> apply, string done, string? returnTo = null) =>
        ApplyAsync(on, typed, apply, () => done, returnTo);

    /// <param name="typed">The person form that was sent, kept on the page when the edit is refused for a rule (not when stale).</param>
    /// <param name="done">The message once done, written once the delegation is loaded (it may name it).</param>
    private async Task<IActionResult> ApplyAsync(On on, (string Form, DelegationMemberInput Input)? typed,
        Func<ParticipantKey, bool, Task<EditResult>> apply, Func<string> done, string? returnTo = null)
    {
        if (await ShowAsync(on.Slug, on.Number, on.Kind, on.Participant, on.Ct) is { } refusal) return refusal;
        var secretariat = IsSecretariat;
        // A value that does not bind (a check-in that is neither true nor false, a role that is none) is refused, named, before any edit.
        if (!ModelState.IsValid) Error = string.Join(" ", ModelState.Where(e => e.Value!.Errors.Count > 0)
            .Select(e => (e.Key.Length > 0 ? $"{char.ToUpperInvariant(e.Key[0])}{e.Key[1..]}: " : "") + e.Value!.Errors[0].ErrorMessage));
        return await ApplyAsync(() => apply(Delegation.Participant, secretariat), done(),
            () => returnTo is null ? Redirect(Here) : Redirect(returnTo), async () =>
            {
                if (Refused is { IsStale: false } && typed is { } t) (FormShown, Typed) = (t.Form, t.Input);
                await ShowAsync(on.Slug, on.Number, on.Kind, on.Participant, on.Ct);
                return Page();
            }, result =>
            {
                if (typed is not null && result.Field is { } field and not "File") ModelState.AddModelError(field, result.Error!);
                else Error = result.Error;
            }, checkForm: true);
    }

    /// <summary>Loads the delegation for someone who may act for it; otherwise the 404 or 403 to answer.</summary>
    private async Task<IActionResult?> ShowAsync(string slug, int number, string kind, string participant, CancellationToken ct)
    {
        if (!ParticipantKey.TryParse(kind, participant, out var key, out _)) return NotFound();
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        if (!User.MayActFor(body.BodyId, key)) return Forbid();
        if (await delegations.GetAsync(slug, number, key, ct) is not { } view) return NotFound();
        var meeting = await meetings.GetAsync(slug, number, ct);
        (Delegation, BodyName, MeetingName, IsSecretariat) = (view, body.Body.ShortName, meeting?.Meeting.Name ?? $"Convening {number}", User.CanEditRecord(body.BodyId));
        PlenaryMeetings = meeting?.PlenaryMeetings ?? [];
        OwnStatements = (await statements.ListAsync(slug, number, ct) ?? []).Where(s => s.Participant == key).ToList();
        if (IsSecretariat && view.Id is { } id) Changes = await audit.DescribeAsync(await audit.ForDelegationAsync(id, ct), ct);
        return null;
    }
}
