using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>
/// A delegation to a meeting: its delegate (or stakeholder) lists the persons it sends, and only
/// its own; the Secretariat may do it on their behalf. Post/Redirect/Get; stale edits are refused.
/// </summary>
/// <remarks>It names persons: no cache keeps it (Cache-Control: no-store).</remarks>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Authorize(Policy = Policies.Participant)]
public sealed class DelegationModel(Delegations delegations, BodyQueries bodies, Plenary.Application.Audit.AuditQueries audit) : EditorPage
{
    public DelegationView Delegation { get; private set; } = null!;
    public string BodyName { get; private set; } = "";
    public string MeetingName { get; private set; } = "";
    public string ParticipantName => Delegation.Participant.IsState ? $"the delegation of {ParticipantInText}" : Delegation.Participant.Name;
    /// <summary>The participant by name: a State as the register names it in running text ("the Russian Federation"), an organization as registered.</summary>
    public string ParticipantInText => Delegation.Participant.IsState
        ? StateRegister.FindByCode(Delegation.Participant.Name)?.NameInText ?? Delegation.Participant.Name
        : Delegation.Participant.Name;
    public bool IsSecretariat { get; private set; }
    /// <summary>The member whose form failed (0 for the add form), with the values typed, so they are kept.</summary>
    public (int Position, string? Name, string? Function, bool Head)? Typed { get; private set; }
    public ConfirmRemoval? Confirm { get; private set; }
    /// <summary>The History panel, for the Secretariat (null for others, and before anyone registered).</summary>
    public IReadOnlyList<Plenary.Application.Audit.ChangeDescription>? Changes { get; private set; }

    public static IReadOnlyList<(ParticipantCategory Value, string Text)> Categories(bool isState) => isState
        ? [(ParticipantCategory.MemberState, "Member State"), (ParticipantCategory.ObserverState, "Observer State")]
        : [(ParticipantCategory.UnitedNationsEntity, "United Nations entity"), (ParticipantCategory.Institute, "Institute of the programme network"),
           (ParticipantCategory.IntergovernmentalOrganization, "Intergovernmental organization"), (ParticipantCategory.NonGovernmentalOrganization, "Non-governmental organization"),
           (ParticipantCategory.PrivateSector, "Private sector"), (ParticipantCategory.Academia, "Academia")];

    public async Task<IActionResult> OnGetAsync(string slug, int number, string kind, string participant, int? remove, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, kind, participant, ct) is { } refusal) return refusal;
        if (remove is { } position && Delegation.Members.FirstOrDefault(m => m.Position == position) is { } member)
            Confirm = new ConfirmRemoval($"Remove {member.Name} from {ParticipantName}?",
                "The person is taken off the list of the delegation; the change is kept in the audit trail.",
                "Remove", new Dictionary<string, string> { ["version"] = Delegation.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                Request.Path, $"Remove {member.Name}");
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(string slug, int number, string kind, string participant, int version, string? name, string? function, bool head, CancellationToken ct) =>
        ApplyAsync(slug, number, kind, participant, (0, name, function, head),
            key => delegations.SaveMemberAsync(slug, number, key, version, null, new(name, function, head), null, ct), $"{name?.Trim()} was added.", ct);

    public Task<IActionResult> OnPostEditAsync(string slug, int number, string kind, string participant, int version, int position, string? name, string? function, bool head, CancellationToken ct) =>
        ApplyAsync(slug, number, kind, participant, (position, name, function, head),
            key => delegations.SaveMemberAsync(slug, number, key, version, position, new(name, function, head), null, ct), $"{name?.Trim()} was saved.", ct);

    public Task<IActionResult> OnPostRemoveAsync(string slug, int number, string kind, string participant, int version, int position, CancellationToken ct) =>
        ApplyAsync(slug, number, kind, participant, null,
            key => delegations.RemoveMemberAsync(slug, number, key, version, position, ct), "The person was removed from the delegation.", ct);

    public Task<IActionResult> OnPostCategoryAsync(string slug, int number, string kind, string participant, int version, ParticipantCategory category, CancellationToken ct) =>
        ApplyAsync(slug, number, kind, participant, null,
            key => delegations.CategorizeAsync(slug, number, key, version, category, ct), "The category was saved.", ct);

    /// <param name="typed">The member form that was sent, kept on the page when the edit is refused for a rule (not when stale).</param>
    private async Task<IActionResult> ApplyAsync(string slug, int number, string kind, string participant, (int, string?, string?, bool)? typed,
        Func<ParticipantKey, Task<EditResult>> apply, string done, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, kind, participant, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => apply(Delegation.Participant), done, () => RedirectToPage(new { slug, number, kind, participant }), async () =>
        {
            Typed = Refused!.IsStale ? null : typed;
            await ShowAsync(slug, number, kind, participant, ct);
            return Page();
        });
    }

    /// <summary>Loads the delegation for someone who may act for it; otherwise the 404 or 403 to answer.</summary>
    private async Task<IActionResult?> ShowAsync(string slug, int number, string kind, string participant, CancellationToken ct)
    {
        if (!ParticipantKey.TryParse(kind, participant, out var key, out _)) return NotFound();
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        if (!User.MayActFor(body.BodyId, key)) return Forbid();
        if (await delegations.GetAsync(slug, number, key, ct) is not { } view) return NotFound();
        (Delegation, BodyName, MeetingName, IsSecretariat) = (view, body.Body.ShortName, body.Meetings.FirstOrDefault(m => m.Number == number)?.Name ?? BodyQueries.MeetingName(number), User.CanEditRecord(body.BodyId));
        if (IsSecretariat && view.Id is { } id) Changes = await audit.DescribeAsync(await audit.ForDelegationAsync(id, ct), ct);
        return null;
    }
}
