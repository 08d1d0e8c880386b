using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

/// <summary>An officer's term as the form sends it.</summary>
public sealed class OfficerForm
{
    public BureauOffice Office { get; set; } = BureauOffice.Chair;
    public string? OfficeTitle { get; set; }
    public string? Person { get; set; }
    public string? State { get; set; }
    public string? RegionalGroup { get; set; }
    public DateOnly? ElectedOn { get; set; }
    public int? ElectedAt { get; set; }
    public DateOnly? TermEndsOn { get; set; }
    public bool ForLife { get; set; }

    public OfficerInput ToInput() => new(Office, OfficeTitle, Person ?? "", State ?? "", RegionalGroup, ElectedOn, ElectedAt, TermEndsOn, ForLife);

    public static OfficerForm From(OfficerView o) => new()
    {
        Office = o.Office, OfficeTitle = o.OfficeTitle, Person = o.Person, State = o.State, RegionalGroup = o.RegionalGroup,
        ElectedOn = o.ElectedOn, ElectedAt = o.ElectedAt, TermEndsOn = o.TermEndsOn, ForLife = o.ForLife,
    };
}

/// <summary>A seat in the extended Bureau as the form sends it.</summary>
public sealed class SeatForm
{
    public ExtendedBureauRole Role { get; set; } = ExtendedBureauRole.RegionalGroupChair;
    public string? RegionalGroup { get; set; }
    public string? State { get; set; }
    public string? Person { get; set; }
    public string? Organization { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }

    public ExtendedBureauSeat ToSeat() => new(Role, RegionalGroup, State, Person, Organization, From, Until);

    public static SeatForm Of(ExtendedBureauSeatView s) => new()
    {
        Role = s.Role, RegionalGroup = s.RegionalGroup, State = s.State, Person = s.Person, Organization = s.Organization, From = s.From, Until = s.Until,
    };
}

/// <summary>
/// The Secretariat keeps the body's officers (each elected for a term or for the body's life, replaced by a
/// successor) and its extended Bureau besides them (regional group chairs, standing invitees, each for a period).
/// Post/Redirect/Get; every removal is confirmed first.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditOfficersModel(BodyQueries bodies, EditBody edit) : BodyEditorPage(bodies)
{
    public const string NewOfficer = "officer-new";
    public const string NewSeat = "seat-new";

    public static string OfficerKey(int position) => $"officer{position}";
    public static string SuccessorKey(int position) => $"successor{position}";
    public static string SeatKey(int position) => $"seat{position}";

    /// <summary>What the refused form sent, shown again in it.</summary>
    public OfficerForm? SentOfficer { get; private set; }
    public SeatForm? SentSeat { get; private set; }

    public OfficerForm OfficerValues(string form, OfficerView? current) =>
        FailedForm == form && SentOfficer is not null ? SentOfficer : current is null ? new OfficerForm() : OfficerForm.From(current);

    public SeatForm SeatValues(string form, ExtendedBureauSeatView? current) =>
        FailedForm == form && SentSeat is not null ? SentSeat : current is null ? new SeatForm() : SeatForm.Of(current);

    public async Task<IActionResult> OnGetAsync(string slug, int? remove, int? removeSeat, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        var v = Version.ToString(CultureInfo.InvariantCulture);
        if (remove is { } position && Body.Officers.FirstOrDefault(o => o.Position == position) is { } officer)
            Confirm = new ConfirmRemoval($"Remove {officer.Person} ({officer.Title}) from the record?",
                "The officer's term leaves the body's record; a convening that names them as having opened, presided over or closed it keeps them in it. The audit trail keeps what the record said.",
                "RemoveOfficer", new Dictionary<string, string> { ["Version"] = v, ["Position"] = position.ToString(CultureInfo.InvariantCulture) },
                $"/bodies/{slug}/officers#{OfficerKey(position)}", "Remove the officer");
        if (removeSeat is { } seat && Body.ExtendedBureau.FirstOrDefault(s => s.Position == seat) is { } member)
            Confirm = new ConfirmRemoval($"Remove {member.Label} from the extended Bureau?",
                "The seat leaves the record, and those after it move up one place. The audit trail keeps what it said.",
                "RemoveSeat", new Dictionary<string, string> { ["Version"] = v, ["Position"] = seat.ToString(CultureInfo.InvariantCulture) },
                $"/bodies/{slug}/officers#{SeatKey(seat)}", "Remove the seat");
        return Page();
    }

    public async Task<IActionResult> OnPostElectAsync(string slug, int version, OfficerForm form, CancellationToken ct)
    {
        SentOfficer = form;
        if (Unreadable() is { } f) return await RefuseAsync(slug, NewOfficer, f.Name, f.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, NewOfficer, () => edit.ElectOfficerAsync(slug, version, form.ToInput(), ct), $"{form.Person} was recorded as elected.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostEditOfficerAsync(string slug, int version, int position, OfficerForm form, CancellationToken ct)
    {
        SentOfficer = form;
        if (Unreadable() is { } f) return await RefuseAsync(slug, OfficerKey(position), f.Name, f.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, OfficerKey(position), () => edit.EditOfficerAsync(slug, version, position, form.ToInput(), ct), $"Officer {position} was saved.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostReplaceAsync(string slug, int version, int position, OfficerForm form, CancellationToken ct)
    {
        SentOfficer = form;
        if (Unreadable() is { } f) return await RefuseAsync(slug, SuccessorKey(position), f.Name, f.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, SuccessorKey(position), () => edit.ReplaceOfficerAsync(slug, version, position, form.ToInput(), ct),
            $"{form.Person} was recorded as the successor.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostRemoveOfficerAsync(string slug, int version, int position, CancellationToken ct) =>
        await ApplyAsync(slug, OfficerKey(position), () => edit.RemoveOfficerAsync(slug, version, position, ct), $"Officer {position} was removed.", () => Shown(slug, ct), ct, formHasFields: false);

    public async Task<IActionResult> OnPostSeatAsync(string slug, int version, SeatForm form, CancellationToken ct)
    {
        SentSeat = form;
        if (Unreadable() is { } f) return await RefuseAsync(slug, NewSeat, f.Name, f.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, NewSeat, () => edit.SeatInExtendedBureauAsync(slug, version, form.ToSeat(), ct), "The seat was added to the extended Bureau.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostEditSeatAsync(string slug, int version, int position, SeatForm form, CancellationToken ct)
    {
        SentSeat = form;
        if (Unreadable() is { } f) return await RefuseAsync(slug, SeatKey(position), f.Name, f.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, SeatKey(position), () => edit.EditExtendedBureauSeatAsync(slug, version, position, form.ToSeat(), ct), $"Seat {position} was saved.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostRemoveSeatAsync(string slug, int version, int position, CancellationToken ct) =>
        await ApplyAsync(slug, SeatKey(position), () => edit.RemoveExtendedBureauSeatAsync(slug, version, position, ct), $"Seat {position} was removed.", () => Shown(slug, ct), ct, formHasFields: false);

    /// <summary>A value the form sent that is not of its kind (a date that is none), with the message for it.</summary>
    private (string Name, string Message)? Unreadable()
    {
        if (ModelState.IsValid) return null;
        foreach (var (name, what) in new[] { ("ElectedOn", "the date of election"), ("TermEndsOn", "the last day of the term"), ("From", "the first day of the seat"), ("Until", "the last day of the seat") })
            if (ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0) return (name, $"Give {what} as YYYY-MM-DD, or leave it empty.");
        if (ModelState.TryGetValue("ElectedAt", out var at) && at.Errors.Count > 0) return ("ElectedAt", "Choose the convening at which the officer was elected, or none.");
        return ("Office", "Choose one of the offices, or roles, the form offers.");
    }

    private async Task<IActionResult> Shown(string slug, CancellationToken ct) => await LoadBodyAsync(slug, ct) ?? Page();
}

/// <summary>The fields of an officer's form (_OfficerFields.cshtml): a new election, an edit, or a successor (whose office is the predecessor's).</summary>
public sealed record OfficerFields(string Key, OfficerForm Values, EditOfficersModel Page, bool Successor = false);

/// <summary>The fields of an extended Bureau seat's form (_SeatFields.cshtml).</summary>
public sealed record SeatFields(string Key, SeatForm Values, EditOfficersModel Page);
