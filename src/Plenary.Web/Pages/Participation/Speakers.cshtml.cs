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
/// What the list of speakers' pages share: the list, who reads it (a delegate for their own delegation, the Secretariat, the
/// Chair), the clock's format, and the forms that ask for the floor. Every write is a form post through the edit pipeline
/// (Post/Redirect/Get); the pages follow the list live (wwwroot/js/speakers.js) and are complete without it.
/// </summary>
public abstract class SpeakersPage(ListOfSpeakers speakers, BodyQueries bodies, Organizations organizations, TimeProvider clock) : EditorPage
{
    protected ListOfSpeakers Speakers => speakers;

    public SpeakersView List { get; private set; } = null!;
    public Guid BodyId { get; private set; }
    public bool IsSecretariat { get; private set; }
    public bool MayChair { get; private set; }
    /// <summary>The delegation the reader asks the floor for, when they are its delegate or stakeholder.</summary>
    public ParticipantKey? Own { get; private set; }
    public IReadOnlyList<OrganizationView> Register { get; private set; } = [];
    public ConfirmRemoval? Confirm { get; protected set; }
    /// <summary>The form that was refused ("own", "states", "organizations"), so its message shows next to it.</summary>
    public string? FailedForm { get; protected set; }
    public DateTimeOffset Now => clock.GetUtcNow();

    public string Base => $"/bodies/{List.BodySlug}/meetings/{List.MeetingNumber}";

    /// <summary>Groups on whose behalf statements are commonly made, offered as suggestions (any other may be typed).</summary>
    public static IReadOnlyList<string> Groups { get; } =
    [
        .. RegionalGroups.All.Select(g => "the Group of " + RegionalGroups.Name(g)),
        "the Group of 77 and China", "the European Union and its member States", "the Movement of Non-Aligned Countries",
    ];

    /// <summary>"2:05" from the stored times, as every viewer computes it.</summary>
    public static string Clock(TimeSpan elapsed) => $"{(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}";

    public string Limit => List.TimeLimitSeconds == 0 ? "no limit" : Clock(TimeSpan.FromSeconds(List.TimeLimitSeconds));

    protected async Task<IActionResult?> LoadAsync(string slug, int number, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        if (await speakers.GetAsync(slug, number, ct) is not { } list) return NotFound();
        (List, BodyId) = (list, body.BodyId);
        IsSecretariat = User.CanEditRecord(body.BodyId);
        MayChair = User.MayChair(body.BodyId);
        Own = User.OwnDelegation(body.BodyId);
        if (IsSecretariat || MayChair) Register = await organizations.ListAsync(ct: ct);
        return null;
    }

    /// <summary>
    /// Asks for the floor: a delegate for their own delegation (<paramref name="form"/> "own"), the Secretariat or the Chair for
    /// a State or organization picked from the registers.
    /// </summary>
    protected async Task<IActionResult> RequestAsync(string slug, int number, int version, string form, string? participant, string? item, string? onBehalfOf,
        bool rightOfReply, Func<IActionResult> redirect, Func<Task<IActionResult>> show, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await LoadAsync(slug, number, ct) is { } refusal) return refusal;
        ParticipantKey who;
        if (form == "own")
        {
            if (Own is null) return Forbid();
            who = Own;
        }
        else
        {
            if (!IsSecretariat && !MayChair) return Forbid();
            who = form == "organizations" ? ParticipantKey.Organization(participant ?? "") : new ParticipantKey(true, participant ?? "");
        }
        FailedForm = form;
        var name = who.IsState ? StateRegister.Find(who.Name)?.ShortName ?? who.Name : who.Name;
        return await ApplyAsync(async () => (await speakers.RequestAsync(slug, number, version, new FloorRequest(who, item, onBehalfOf, rightOfReply), ct)).Result,
            $"{name} is on the list of speakers.", redirect, show, r => Error = r.Error);
    }

    /// <summary>Withdraws a request: a delegate only their own, the Secretariat and the Chair any.</summary>
    protected async Task<IActionResult> WithdrawAsync(string slug, int number, int version, Guid speaker, Func<IActionResult> redirect, Func<Task<IActionResult>> show, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await LoadAsync(slug, number, ct) is { } refusal) return refusal;
        var whose = await speakers.SpeakerAsync(slug, number, speaker, ct);
        if (whose is null) return NotFound();
        if (!IsSecretariat && !MayChair && whose != Own) return Forbid();
        return await ApplyAsync(() => speakers.WithdrawAsync(slug, number, version, speaker, ct), $"{whose.DisplayName} is no longer on the list.", redirect, show, r => Error = r.Error);
    }

    /// <summary>The confirmation before a request leaves the list (?withdraw=id).</summary>
    protected void ConfirmWithdrawal(Guid? withdraw, string handler)
    {
        if (withdraw is not { } id) return;
        var waiting = List.Items.SelectMany(i => i.Waiting).FirstOrDefault(s => s.Id == id);
        if (waiting is null || (!IsSecretariat && !MayChair && waiting.Participant != Own)) return;
        Confirm = new ConfirmRemoval($"Take {waiting.Label} off the list of speakers on item {waiting.Item}?",
            "The request leaves the list and those after it move up; asking again puts it back at the end of its rank.",
            handler, new Dictionary<string, string> { ["version"] = List.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["speaker"] = id.ToString() },
            Request.Path, "Take it off the list");
    }
}

/// <summary>
/// The list of speakers of a meeting, for everyone: who has the floor, who waits on each item, who has spoken. A delegate asks
/// for the floor for their delegation and withdraws their request; the Secretariat enters a request for any State or organization.
/// </summary>
[AllowAnonymous]
public sealed class SpeakersModel(ListOfSpeakers speakers, BodyQueries bodies, Organizations organizations, TimeProvider clock)
    : SpeakersPage(speakers, bodies, organizations, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, int number, Guid? withdraw, CancellationToken ct)
    {
        if (await LoadAsync(slug, number, ct) is { } refusal) return refusal;
        ConfirmWithdrawal(withdraw, "Withdraw");
        return Page();
    }

    public Task<IActionResult> OnPostRequestAsync(string slug, int number, int version, string? form, string? participant, string? item, string? onBehalfOf,
        bool rightOfReply, CancellationToken ct) =>
        RequestAsync(slug, number, version, form ?? "own", participant, item, onBehalfOf, rightOfReply, () => RedirectToPage(new { slug, number }), async () =>
        {
            await LoadAsync(slug, number, ct);
            return Page();
        }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(string slug, int number, int version, Guid speaker, CancellationToken ct) =>
        WithdrawAsync(slug, number, version, speaker, () => RedirectToPage(new { slug, number }), async () =>
        {
            await LoadAsync(slug, number, ct);
            return Page();
        }, ct);
}
