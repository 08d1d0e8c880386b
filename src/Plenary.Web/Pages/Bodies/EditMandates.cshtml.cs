using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Domain.Bodies;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

/// <summary>A mandate as the form sends it.</summary>
public sealed class MandateForm
{
    public MandateKind Kind { get; set; } = MandateKind.Resolution;
    public string? Symbol { get; set; }
    public string? Title { get; set; }
    public string? Organ { get; set; }
    public string? Session { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public string? Reference { get; set; }
    public string? Requests { get; set; }

    public MandateInput ToInput() => new(Kind, Symbol, Title, Organ ?? "", Session, AdoptedOn, Reference, Requests);

    public static MandateForm From(MandateView m) => new()
    {
        Kind = Enum.Parse<MandateKind>(m.Kind), Symbol = m.Symbol, Title = m.Title, Organ = m.Organ, Session = m.Session,
        AdoptedOn = m.AdoptedOn, Reference = m.Reference, Requests = m.Requests,
    };
}

/// <summary>The Secretariat adds, edits, reorders and removes a body's mandates. Post/Redirect/Get; removal is confirmed first.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditMandatesModel(BodyQueries bodies, EditBody edit) : BodyEditorPage(bodies)
{
    public const string NewForm = "new";

    /// <summary>What the refused form sent, shown again in it.</summary>
    public MandateForm? Sent { get; private set; }

    public static string FormOf(int position) => $"m{position}";

    /// <summary>The values a mandate's form shows: what was sent when it was refused, the record otherwise.</summary>
    public MandateForm ValuesFor(string form, MandateView? current) =>
        FailedForm == form && Sent is not null ? Sent : current is null ? new MandateForm() : MandateForm.From(current);

    public async Task<IActionResult> OnGetAsync(string slug, int? remove, CancellationToken ct)
    {
        if (await ShowAsync(slug, ct) is { } refusal) return refusal;
        if (remove is { } position && Body.Mandates.FirstOrDefault(m => m.Position == position) is { } mandate)
            Confirm = new ConfirmRemoval(
                $"Remove mandate {position} ({mandate.Label})?",
                Body.Mandates.Count > position
                    ? $"It leaves the body's record, and the mandates after it move up one place. The audit trail keeps what it said."
                    : "It leaves the body's record. The audit trail keeps what it said.",
                "RemoveMandate",
                new Dictionary<string, string> { ["Version"] = Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                $"/bodies/{slug}/mandates#{FormOf(position)}",
                "Remove the mandate");
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, int version, MandateForm form, CancellationToken ct)
    {
        Sent = form;
        if (Unreadable() is { } field) return await RefuseAsync(slug, NewForm, field.Name, field.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, NewForm, () => edit.AddMandateAsync(slug, version, form.ToInput(), ct), "The mandate was added.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostEditAsync(string slug, int version, int position, MandateForm form, CancellationToken ct)
    {
        Sent = form;
        if (Unreadable() is { } field) return await RefuseAsync(slug, FormOf(position), field.Name, field.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, FormOf(position), () => edit.EditMandateAsync(slug, version, position, form.ToInput(), ct), $"Mandate {position} was saved.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(string slug, int version, int position, int to, CancellationToken ct) =>
        await ApplyAsync(slug, FormOf(position), () => edit.MoveMandateAsync(slug, version, position, to, ct), $"Mandate {position} is now mandate {to}.", () => Shown(slug, ct), ct, formHasFields: false);

    public async Task<IActionResult> OnPostRemoveMandateAsync(string slug, int version, int position, CancellationToken ct) =>
        await ApplyAsync(slug, FormOf(position), () => edit.RemoveMandateAsync(slug, version, position, ct), $"Mandate {position} was removed.", () => Shown(slug, ct), ct, formHasFields: false);

    /// <summary>A value the form sent that is not of its kind (a date that is none), with the message for it.</summary>
    private (string Name, string Message)? Unreadable() =>
        ModelState.IsValid ? null
        : ModelState.TryGetValue("AdoptedOn", out var date) && date.Errors.Count > 0 ? ("AdoptedOn", "Give the date of adoption as YYYY-MM-DD, or leave it empty.")
        : ("Kind", "Choose the kind of mandate: resolution, decision, declaration or document.");

    private async Task<IActionResult> Shown(string slug, CancellationToken ct) => await ShowAsync(slug, ct) ?? Page();

    private async Task<IActionResult?> ShowAsync(string slug, CancellationToken ct) => await LoadBodyAsync(slug, ct);
}
