using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Editing;
using Plenary.Application.Meetings;
using Plenary.Domain.Editorial;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

using Plenary.Web.Pages.Meetings;

namespace Plenary.Web.Pages.Agenda;

/// <summary>
/// The Secretariat edits a meeting's agenda: add, edit, move, remove, assign to a plenary meeting or
/// take off one, and list each item's documentation from the body's register. Post/Redirect/Get;
/// every removal is confirmed first.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditAgendaModel(MeetingQueries meetings, BodyQueries bodies, EditMeeting edit, DocumentQueries register,
    Plenary.Application.Participation.Panels panels, Plenary.Application.Participation.Organizations organizations) : MeetingEditorPage(meetings, bodies)
{
    /// <summary>Each item's panel, by item number.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Plenary.Application.Participation.PanellistView>> Panels { get; private set; } =
        new Dictionary<string, IReadOnlyList<Plenary.Application.Participation.PanellistView>>();
    /// <summary>The register of organizations, for the panellist's organization picker.</summary>
    public IReadOnlyList<Plenary.Application.Participation.OrganizationView> Register { get; private set; } = [];

    /// <summary>The body's document register, for picking an item's documentation.</summary>
    public IReadOnlyList<DocumentView> Registered { get; private set; } = [];
    public ConfirmRemoval? Confirm { get; private set; }
    /// <summary>The item whose documentation form was posted and refused: its errors show next to its fields.</summary>
    public string? FormItem { get; private set; }
    public IReadOnlyList<AgendaItemView> Items { get; private set; } = [];
    public IReadOnlyList<PlenaryMeetingView> Plenaries { get; private set; } = [];
    public int TopLevelCount => Items.Count(i => !i.IsSubItem);
    public string? PreviewItem { get; private set; }
    public string? PreviewText { get; private set; }
    public string PreviewHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int number, string? remove, string? unassign, int? plenary, string? removeDocument, int? position,
        string? removePanellist, CancellationToken ct)
    {
        var shown = await ShowAsync(slug, number, ct);
        if (shown is not PageResult) return shown;
        Confirm = remove is not null ? ConfirmItemRemoval(remove)
            : unassign is not null && plenary is { } p ? ConfirmUnassignment(unassign, p)
            : removeDocument is not null && position is { } at ? ConfirmDocumentRemoval(removeDocument, at)
            : removePanellist is not null && position is { } place ? ConfirmPanellistRemoval(removePanellist, place)
            : null;
        return shown;
    }

    public async Task<IActionResult> OnPostAddPanellistAsync(string slug, int number, int version, string item, string? panellistTitle, string? panellistName,
        string? panellistState, string? panellistOrganization, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => panels.AddAsync(slug, number, version, item, new(panellistTitle, panellistName, panellistState, panellistOrganization), ct),
            $"The panellist is on the panel of item {item}.", item, ct);

    public async Task<IActionResult> OnPostEditPanellistAsync(string slug, int number, int version, string item, int position, string? panellistTitle, string? panellistName,
        string? panellistState, string? panellistOrganization, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => panels.EditAsync(slug, number, version, item, position, new(panellistTitle, panellistName, panellistState, panellistOrganization), ct),
            $"The panellist of item {item} was saved.", item, ct);

    public async Task<IActionResult> OnPostMovePanellistAsync(string slug, int number, int version, string item, int position, int to, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => panels.MoveAsync(slug, number, version, item, position, to, ct), $"The panel of item {item} was reordered.", null, ct);

    public async Task<IActionResult> OnPostRemovePanellistAsync(string slug, int number, int version, string item, int position, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => panels.RemoveAsync(slug, number, version, item, position, ct), $"The panellist is no longer on the panel of item {item}.", null, ct);

    private ConfirmRemoval? ConfirmPanellistRemoval(string number, int position)
    {
        if (!Panels.TryGetValue(number, out var panel) || panel.FirstOrDefault(p => p.Position == position) is not { } panellist) return null;
        return new ConfirmRemoval($"Take {panellist.Label} off the panel of item {number}?",
            "The report no longer names them among the panellists of the item; those after move up.",
            "RemovePanellist", Fields(("Item", number), ("Position", position.ToString(System.Globalization.CultureInfo.InvariantCulture))), Here, "Take the panellist off");
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, int number, int version, string? title, string? shortTitle, string? annotation, int? parentItem,
        Plenary.Domain.Agenda.AgendaItemRole? role, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.AddItemAsync(slug, number, version, title ?? "", shortTitle, annotation, parentItem, role, ct), "The item was added.", null, ct);

    public async Task<IActionResult> OnPostEditAsync(string slug, int number, int version, string item, string? title, string? shortTitle, string? annotation,
        Plenary.Domain.Agenda.AgendaItemRole? role, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.EditItemAsync(slug, number, version, item, title ?? "", shortTitle, annotation, role, ct), $"Item {item} was saved.", null, ct);

    /// <summary>Shows the annotation as it will read, sanitised, without saving anything.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string slug, int number, string item, string? annotation, CancellationToken ct)
    {
        (PreviewItem, PreviewText, PreviewHtml) = (item, annotation, Plenary.Application.Editorial.MarkdownText.ToHtml(annotation));
        return await ShowAsync(slug, number, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(string slug, int number, int version, int item, int to, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.MoveItemAsync(slug, number, version, item, to, ct), $"Item {item} is now item {to}.", null, ct);

    public async Task<IActionResult> OnPostAssignAsync(string slug, int number, int version, string item, int plenaryMeeting, bool continued, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.AssignItemAsync(slug, number, version, item, plenaryMeeting, continued, ct), $"Item {item} is assigned to plenary meeting {plenaryMeeting}.", null, ct);

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int number, int version, string item, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.RemoveItemAsync(slug, number, version, item, ct), $"Item {item} was removed from the agenda.", null, ct);

    public async Task<IActionResult> OnPostUnassignAsync(string slug, int number, int version, string item, int plenaryMeeting, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.UnassignItemAsync(slug, number, version, item, plenaryMeeting, ct),
            $"Item {item} is no longer taken up at the {Numbers.OrdinalInFigures(plenaryMeeting)} plenary meeting.", null, ct);

    public async Task<IActionResult> OnPostAddDocumentationAsync(string slug, int number, int version, string item, string? symbol, string? documentTitle, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.AddDocumentationAsync(slug, number, version, item, symbol, documentTitle, ct),
            $"The document is listed under item {item}.", item, ct);

    public async Task<IActionResult> OnPostMoveDocumentationAsync(string slug, int number, int version, string item, int position, int to, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.MoveDocumentationAsync(slug, number, version, item, position, to, ct), $"The documentation of item {item} was reordered.", null, ct);

    public async Task<IActionResult> OnPostRemoveDocumentationAsync(string slug, int number, int version, string item, int position, CancellationToken ct) =>
        await ApplyAsync(slug, number, () => edit.RemoveDocumentationAsync(slug, number, version, item, position, ct), $"The document is no longer listed under item {item}.", null, ct);

    /// <param name="formItem">The item whose documentation form was sent: a refusal about one of its fields shows next to it.</param>
    private async Task<IActionResult> ApplyAsync(string slug, int number, Func<Task<EditResult>> apply, string done, string? formItem, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        return await ApplyAsync(apply, done, () => RedirectToPage(new { slug, number }), () => ShowAsync(slug, number, ct), result =>
        {
            if (formItem is not null && result.Field is not null)
            {
                FormItem = formItem;
                ShowRefusal(result);
            }
            else Error = result.Error;
        });
    }

    private async Task<IActionResult> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        Items = Meeting.Agenda.Items;
        Plenaries = Meeting.PlenaryMeetings;
        Registered = await register.ListAsync(slug, null, ct: ct) ?? [];
        Panels = await panels.ListAsync(slug, number, ct) ?? Panels;
        Register = await organizations.ListAsync(ct: ct);
        return Page();
    }

    /// <summary>The plenary meetings the organization of work assigns an item to.</summary>
    public IReadOnlyList<int> PlenariesOf(string item) =>
        Meeting.OrganizationOfWork.SelectMany(d => d.Slots).SelectMany(s => s.Rows)
            .Where(r => !r.NonWorking && r.Item == item && r.PlenaryMeeting is not null).Select(r => r.PlenaryMeeting!.Value).Distinct().Order().ToList();

    /// <summary>The register's documents not yet listed under an item.</summary>
    public IEnumerable<DocumentView> Unlisted(AgendaItemView item) =>
        Registered.Where(d => item.Documentation.All(listed => listed.Symbol != d.Symbol));

    private Dictionary<string, string> Fields(params (string Name, string Value)[] fields)
    {
        var all = new Dictionary<string, string> { ["Version"] = Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (name, value) in fields) all[name] = value;
        return all;
    }

    private string Here => $"/bodies/{Slug}/meetings/{Number}/agenda";

    private ConfirmRemoval? ConfirmItemRemoval(string number)
    {
        if (Items.FirstOrDefault(i => i.Number == number) is not { } item) return null;
        List<AgendaItemView> subItems = item.IsSubItem ? [] : Items.Where(i => i.IsSubItem && i.Number.StartsWith(item.Number + " ", StringComparison.Ordinal)).ToList();
        var goes = subItems.Prepend(item).ToList();
        var documents = goes.Sum(i => i.Documentation.Count);
        var rows = goes.Sum(i => PlenariesOf(i.Number).Count);
        var parts = new List<string>();
        if (subItems.Count > 0) parts.Add($"its {Numbers.Count(subItems.Count, "sub-item")} ({Lists.Join(subItems.Select(s => s.Number))})");
        if (documents > 0) parts.Add($"the {Numbers.Count(documents, "document")} listed as its documentation (they stay in the register)");
        parts.Add(rows == 0 ? "no assignment in the organization of work (it has none)" : $"its {Numbers.Count(rows, "assignment")} to plenary meetings in the organization of work");
        var later = item.IsSubItem
            ? Items.Where(i => i.IsSubItem && i.Number.StartsWith(item.Number[..item.Number.IndexOf(' ')] + " ", StringComparison.Ordinal) && string.CompareOrdinal(i.Number, item.Number) > 0).Select(i => i.Number).ToList()
            : Items.Where(i => !i.IsSubItem && int.Parse(i.Number, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(item.Number, System.Globalization.CultureInfo.InvariantCulture)).Select(i => i.Number).ToList();
        var renumbered = later.Count == 0 ? "" : $" {(later.Count == 1 ? (item.IsSubItem ? "Sub-item" : "Item") : (item.IsSubItem ? "Sub-items" : "Items"))} {Lists.Join(later)} {(later.Count == 1 ? "moves" : "move")} up to close the gap, and the organization of work follows them.";
        return new ConfirmRemoval(
            $"Remove {(item.IsSubItem ? "sub-item" : "item")} {item.Number} ({item.Title}) from the agenda?",
            $"It goes with {Lists.Join(parts)}.{renumbered} The audit trail keeps what was removed.",
            "Remove", Fields(("Item", item.Number)), Here, $"Remove item {item.Number}");
    }

    private ConfirmRemoval? ConfirmUnassignment(string number, int plenary)
    {
        if (Items.FirstOrDefault(i => i.Number == number) is not { } item || !PlenariesOf(number).Contains(plenary)) return null;
        var others = PlenariesOf(number).Where(p => p != plenary).Select(Numbers.OrdinalInFigures).ToList();
        return new ConfirmRemoval(
            $"Take item {item.Number} ({item.Title}) off the {Numbers.OrdinalInFigures(plenary)} plenary meeting?",
            $"Its row in the organization of work goes; the item stays on the agenda{(others.Count == 0 ? " but is no longer taken up at any plenary meeting" : $" and is still taken up at the {Lists.Join(others)} plenary {(others.Count == 1 ? "meeting" : "meetings")}")}.",
            "Unassign", Fields(("Item", item.Number), ("PlenaryMeeting", plenary.ToString(System.Globalization.CultureInfo.InvariantCulture))), Here, "Take it off");
    }

    private ConfirmRemoval? ConfirmDocumentRemoval(string number, int position)
    {
        if (Items.FirstOrDefault(i => i.Number == number) is not { } item || position < 1 || position > item.Documentation.Count) return null;
        var doc = item.Documentation[position - 1];
        return new ConfirmRemoval(
            $"Remove “{doc.Title}”{(doc.Symbol is null ? "" : $" ({doc.Symbol})")} from the documentation of item {item.Number}?",
            $"It is no longer listed under item {item.Number} in the agenda or the annotated agenda; {(doc.Symbol is null ? "" : "the document stays in the register, and ")}the documents listed after it move up.",
            "RemoveDocumentation", Fields(("Item", item.Number), ("Position", position.ToString(System.Globalization.CultureInfo.InvariantCulture))), Here, "Remove the document");
    }
}
