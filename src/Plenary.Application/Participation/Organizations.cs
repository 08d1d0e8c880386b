using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Domain;
using Plenary.Domain.Participation;

namespace Plenary.Application.Participation;

/// <summary>An organization of the register as pages, pickers and the API show it.</summary>
public sealed record OrganizationView(Guid Id, string Name, string? Abbreviation, ParticipantCategory Category, int Version)
{
    /// <summary>"Intergovernmental organization".</summary>
    public string CategoryName => ParticipantCategories.Name(Category);

    /// <summary>"International Criminal Police Organization (INTERPOL)".</summary>
    public override string ToString() => Abbreviation is null ? Name : $"{Name} ({Abbreviation})";

    internal static OrganizationView Of(Organization o) => new(o.Id, o.Name, o.Abbreviation, o.Category, o.Version);
}

/// <summary>What an entry of the register says, as a form or an API body gives it.</summary>
public sealed record OrganizationInput(string? Name, string? Abbreviation, ParticipantCategory? Category);

/// <summary>
/// The register of organizations, kept in the store: looked up by id, name or abbreviation wherever an organization is named,
/// and kept by the Secretariat (add, rename, categorise). Every edit names the entry's version it was made from; a stale one is
/// refused and told who changed the entry since. The register is small (hundreds of entries), so lookups that compare names
/// as people type them read it whole.
/// </summary>
public sealed class Organizations(PlenaryDbContext db, EditPipeline pipeline, AuditQueries audit)
{
    /// <summary>The register, in alphabetical order of names, narrowed to a category and to entries whose name or abbreviation holds <paramref name="query"/>.</summary>
    public async Task<IReadOnlyList<OrganizationView>> ListAsync(string? query = null, ParticipantCategory? category = null, CancellationToken ct = default)
    {
        var q = RegisterNames.Searchable(query);
        var all = await db.Organizations.AsNoTracking().Where(o => category == null || o.Category == category).ToListAsync(ct);
        return all.Where(o => q.Length == 0 || RegisterNames.Searchable(o.Name).Contains(q, StringComparison.Ordinal)
                || RegisterNames.Searchable(o.Abbreviation).Contains(q, StringComparison.Ordinal))
            .OrderBy(o => RegisterNames.Comparable(o.Name), StringComparer.Ordinal)
            .Select(OrganizationView.Of).ToList();
    }

    public async Task<OrganizationView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => OrganizationView.Of(o)).SingleOrDefaultAsync(ct);

    /// <summary>
    /// An organization by its id, its name or its abbreviation, as people type them (case and accents aside); null when the
    /// register holds none, or when an abbreviation is shared by several.
    /// </summary>
    public async Task<OrganizationView?> FindAsync(string? idOrName, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(idOrName)) return null;
        if (Guid.TryParse(idOrName.Trim(), out var id)) return await GetAsync(id, ct);
        var key = RegisterNames.Comparable(idOrName);
        var all = await db.Organizations.AsNoTracking().ToListAsync(ct);
        var byName = all.Where(o => RegisterNames.Comparable(o.Name) == key).ToList();
        var match = byName.Count == 1 ? byName : all.Where(o => o.AnswersTo(idOrName)).ToList();
        return match.Count == 1 ? OrganizationView.Of(match[0]) : null;
    }

    /// <summary>
    /// The organization named by an id, a name or an abbreviation, or a <see cref="DomainException"/> with <paramref name="code"/>
    /// (the field's rule, such as "panellist.organization") and a message that says what to give instead.
    /// </summary>
    public async Task<OrganizationView> RequireAsync(string? idOrName, string code = "organization", string what = "The organization", CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(idOrName))
            throw new DomainException(code, $"{what} is required; pick an organization of the register by its name.");
        return await FindAsync(idOrName, ct)
            ?? throw new DomainException(code, $"'{idOrName.Trim()}' is not an organization in the register; pick one by its name, " +
                "such as Council of Europe, or ask the Secretariat to add it to the register of organizations.");
    }

    /// <summary>Adds an organization to the register; on success <c>Id</c> is its id.</summary>
    public async Task<(EditResult Result, Guid? Id)> AddAsync(OrganizationInput input, CancellationToken ct = default)
    {
        var (result, added) = await pipeline.AddAsync(() => Organization.Add(input.Name, input.Abbreviation, input.Category),
            o => DuplicateAsync(o, ct), FieldOf, o => NameTaken(o.Name), ct);
        return (result, added?.Id);
    }

    /// <summary>Renames and recategorises an entry; the audit trail keeps its values before and after.</summary>
    public Task<EditResult> EditAsync(Guid id, int version, OrganizationInput input, CancellationToken ct = default) =>
        pipeline.EditAsync(new EditTarget<Organization>("The organization's entry",
            ct => db.Organizations.SingleOrDefaultAsync(o => o.Id == id, ct), $"There is no organization {id} in the register.")
        {
            PageShows = "the current entry",
            FieldOf = FieldOf,
            Clash = () => NameTaken(input.Name?.Trim() ?? ""),
        }, version, o =>
        {
            o.Rename(input.Name, input.Abbreviation);
            o.Categorize(input.Category);
            return DuplicateAsync(o, ct);
        }, ct);

    /// <summary>The entry's History of changes, newest first.</summary>
    public Task<IReadOnlyList<AuditRow>> ChangesAsync(Guid id, CancellationToken ct = default) =>
        audit.ForEntityAsync(nameof(Organization), id.ToString(), ct);

    /// <summary>A name is listed once, case and accents aside.</summary>
    private async Task<EditResult?> DuplicateAsync(Organization organization, CancellationToken ct)
    {
        var key = RegisterNames.Comparable(organization.Name);
        var others = await db.Organizations.AsNoTracking().Where(o => o.Id != organization.Id).ToListAsync(ct);
        return others.FirstOrDefault(o => RegisterNames.Comparable(o.Name) == key) is { } twin
            ? EditResult.Refused($"The register already holds {twin.Name}; each organization is listed once (rename that entry instead).", "Name")
            : null;
    }

    private static string? FieldOf(string code) => code switch
    {
        "organization.name" => "Name",
        "organization.abbreviation" => "Abbreviation",
        "organization.category" => "Category",
        _ => null,
    };

    private static EditResult NameTaken(string name) =>
        EditResult.Clash($"An organization named '{name}' has just been added by another edit; each organization is listed once.", "Name");

    /// <summary>
    /// Brings the starting list (data/register/organizations.tsv) into the store: each entry whose id the store does not hold,
    /// unless the store already holds an organization of that name. An entry the Secretariat renamed keeps its id, so it is never
    /// brought in twice. Run when the store is migrated (StoreMigrator) and when the web app starts.
    /// </summary>
    public static async Task<int> BringInStartingListAsync(PlenaryDbContext db, CancellationToken ct = default)
    {
        var held = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var ids = held.Select(o => o.Id).ToHashSet();
        var names = held.Select(o => RegisterNames.Comparable(o.Name)).ToHashSet(StringComparer.Ordinal);
        var missing = OrganizationRegister.StartingList().Where(o => !ids.Contains(o.Id) && !names.Contains(RegisterNames.Comparable(o.Name))).ToList();
        if (missing.Count == 0) return 0;
        db.Organizations.AddRange(missing);
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }
}
