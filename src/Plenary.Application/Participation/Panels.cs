using Microsoft.EntityFrameworkCore;
using Plenary.Application.Editing;
using Plenary.Application.Meetings;
using Plenary.Domain;
using Plenary.Domain.Agenda;

namespace Plenary.Application.Participation;

/// <summary>A panellist as a form or an API body gives them: title, name, and a State of the register or an organization of the register.</summary>
public sealed record PanellistInput(string? Title, string? Name, string? State, string? Organization);

/// <summary>A panellist as the agenda editor and the API show them; <see cref="State"/> is the code, <see cref="From"/> the name.</summary>
public sealed record PanellistView(int Position, string? Title, string Name, string? State, string? Organization, string? From, string Label);

/// <summary>
/// The panels of a meeting's agenda items: the Secretariat adds, edits, moves and removes panellists, each with the State or
/// organization they come from, picked from the registers. A panel is part of the meeting's record, so each edit names the
/// meeting's version (through <see cref="EditMeeting"/>); an adopted agenda still takes its panels.
/// </summary>
public sealed class Panels(EditMeeting meetings, Organizations organizations, Plenary.Application.Data.PlenaryDbContext db)
{
    /// <summary>Each agenda item's panel (by item number, "2", "1 (a)"), in order; null for no such meeting.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PanellistView>>?> ListAsync(string slug, int number, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.AgendaItems).ThenInclude(i => i.Panellists)
            .SingleOrDefaultAsync(m => m.Number == number && db.Bodies.Any(b => b.Id == m.BodyId && b.Slug == slug), ct);
        return meeting?.AgendaItems.ToDictionary(i => i.Number.ToString(), i => (IReadOnlyList<PanellistView>)i.Panellists.OrderBy(p => p.Position)
            .Select(p => new PanellistView(p.Position, p.Title, p.Name, p.State, p.Organization, p.From, p.ToString())).ToList());
    }

    public async Task<EditResult> AddAsync(string slug, int number, int version, string item, PanellistInput input, CancellationToken ct = default)
    {
        if (await OrganizationAsync(input, ct) is var (organization, refused) && refused is not null) return refused;
        return await meetings.ApplyAsync(slug, number, version, m => m.AgendaItem(AgendaItemNumber.Parse(item)).AddPanellist(input.Title, input.Name, input.State, organization), ct);
    }

    public async Task<EditResult> EditAsync(string slug, int number, int version, string item, int position, PanellistInput input, CancellationToken ct = default)
    {
        if (await OrganizationAsync(input, ct) is var (organization, refused) && refused is not null) return refused;
        return await meetings.ApplyAsync(slug, number, version, m => m.AgendaItem(AgendaItemNumber.Parse(item)).EditPanellist(position, input.Title, input.Name, input.State, organization), ct);
    }

    public Task<EditResult> MoveAsync(string slug, int number, int version, string item, int position, int toPosition, CancellationToken ct = default) =>
        meetings.ApplyAsync(slug, number, version, m => m.AgendaItem(AgendaItemNumber.Parse(item)).MovePanellist(position, toPosition), ct);

    public Task<EditResult> RemoveAsync(string slug, int number, int version, string item, int position, CancellationToken ct = default) =>
        meetings.ApplyAsync(slug, number, version, m => m.AgendaItem(AgendaItemNumber.Parse(item)).RemovePanellist(position), ct);

    /// <summary>The organization's name in the register (null when none is given), or the refusal next to its field.</summary>
    private async Task<(string? Name, EditResult? Refused)> OrganizationAsync(PanellistInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Organization)) return (null, null);
        try
        {
            return ((await organizations.RequireAsync(input.Organization, "panellist.organization", "The panellist's organization", ct)).Name, null);
        }
        catch (DomainException e)
        {
            return (null, EditResult.Refused(e.Message, "PanellistOrganization"));
        }
    }
}
