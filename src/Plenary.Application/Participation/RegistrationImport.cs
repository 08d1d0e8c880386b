using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Domain;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Application.Participation;

/// <summary>A row that will not be imported, and why: its line in the file (the header is row 1), the column, the rule.</summary>
public sealed record ImportProblem(int Row, string Column, string Message);

/// <summary>A person the import will register.</summary>
public sealed record ImportedPerson(int Row, string Name, string? Function, string? Email, DelegationRole Role, ParticipationMode Mode)
{
    internal DelegationMemberInput Input { get; init; } = null!;
}

/// <summary>A delegation the import will open (version 0) or add persons to.</summary>
public sealed record ImportedDelegation(ParticipantKey Participant, ParticipantCategory Category, int Version, IReadOnlyList<ImportedPerson> Persons)
{
    public string Name => Participant.DisplayName;
    public bool IsNew => Version == 0;
}

/// <summary>
/// What importing a file would do, before anything is written: the delegations opened or completed, with their persons, and
/// every row left out with its reason. <see cref="Basis"/> fingerprints the delegations' versions the preview was made
/// against, so that an import confirmed from it refuses to run over changes made since.
/// </summary>
public sealed record ImportPreview(IReadOnlyList<ImportedDelegation> Delegations, IReadOnlyList<ImportProblem> Problems, int Rows,
    IReadOnlyList<string> IgnoredColumns, string Basis)
{
    public int Persons => Delegations.Sum(d => d.Persons.Count);
    /// <summary>A problem with the file as a whole (row 0 or 1: not a CSV file, a required column missing): nothing can be imported.</summary>
    public bool Unreadable => Problems.Any(p => p.Row <= 1);
}

/// <summary>The outcome of an import: done (every good row written) or not (nothing written), with the preview it ran on.</summary>
public sealed record ImportResult(EditResult Result, ImportPreview? Preview);

/// <summary>
/// The Secretariat imports registrations from a CSV file in the columns a UN registration platform such as Indico exports
/// (first name, last name, title, affiliation, country, email, participation mode; position and role when present). Each
/// row is a person; an affiliation found in the register of organizations puts them on that organization's delegation,
/// otherwise the country, found in the register of States, on the State's. The preview lists what will be created and every
/// bad row (row, column, rule); the import then writes every good row in one transaction, or nothing.
/// </summary>
public sealed class RegistrationImport(PlenaryDbContext db, Delegations delegations, Organizations organizations)
{
    public const int MaximumRows = 5000;

    /// <summary>The columns read, each with the headings accepted for it (compared without case, spaces or punctuation).</summary>
    private static readonly (string Column, string[] Headings, bool Required)[] Columns =
    [
        ("First name", ["firstname", "givenname", "first"], true),
        ("Last name", ["lastname", "familyname", "surname", "last"], true),
        ("Title", ["title", "salutation", "honorific"], false),
        ("Affiliation", ["affiliation", "organization", "organisation", "institution"], false),
        ("Country", ["country", "state", "countryname"], false),
        ("Email", ["email", "emailaddress", "mail"], true),
        ("Participation mode", ["participationmode", "participation", "mode", "attendancemode", "modeofparticipation", "attendance"], true),
        ("Position", ["position", "function", "jobtitle"], false),
        ("Role", ["role", "delegationrole", "roleindelegation", "roleinthedelegation"], false),
    ];

    /// <summary>What the import would do; null when there is no such meeting.</summary>
    public async Task<ImportPreview?> PreviewAsync(string slug, int number, string csv, CancellationToken ct = default)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is null || !await db.Meetings.AnyAsync(m => m.BodyId == bodyId && m.Number == number, ct)) return null;
        var existing = await db.Delegations.AsNoTracking().Include(d => d.Members).Where(d => d.BodyId == bodyId && d.MeetingNumber == number).ToListAsync(ct);
        var register = await organizations.ListAsync(ct: ct);
        return Preview(csv, existing, register);
    }

    /// <summary>
    /// Imports every good row, all or nothing. With <paramref name="basis"/> (the preview's), an import whose delegations
    /// changed since the preview is refused as stale and writes nothing.
    /// </summary>
    public async Task<ImportResult> ImportAsync(string slug, int number, string csv, string? basis, CancellationToken ct = default)
    {
        if (await PreviewAsync(slug, number, csv, ct) is not { } preview)
            return new(EditResult.Missing($"There is no convening {number} of '{slug}'."), null);
        if (preview.Unreadable)
            return new(EditResult.Refused(preview.Problems[0].Message, "File"), preview);
        if (basis is not null && basis != preview.Basis)
            return new(EditResult.Stale("Delegations to this convening were changed after the preview was made (a person registered, a delegation opened). "
                + "Nothing was imported; look at the new preview and import again.", []), preview);
        if (preview.Delegations.Count == 0)
            return new(EditResult.Refused("No row of the file can be imported; correct the rows listed and try again.", "File"), preview);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var delegation in preview.Delegations)
        {
            var result = await delegations.AddMembersAsync(slug, number, delegation.Participant, delegation.Version, delegation.Category,
                delegation.Persons.Select(p => p.Input).ToList(), ct);
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new(result with { Error = $"{delegation.Name}: {result.Error} Nothing was imported." }, preview);
            }
        }
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new(EditResult.Done(), preview);
    }

    /// <summary>The preview of a file against the meeting's delegations and the register of organizations (no store: testable alone).</summary>
    public static ImportPreview Preview(string csv, IReadOnlyList<Delegation> existing, IReadOnlyList<OrganizationView> register)
    {
        var problems = new List<ImportProblem>();
        CsvTable table;
        try
        {
            table = Csv.Parse(csv, MaximumRows);
        }
        catch (FormatException e)
        {
            return new([], [new ImportProblem(0, "", e.Message)], 0, [], "");
        }
        var at = new Dictionary<string, int>();
        var ignored = new List<string>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            var key = HeadingKey(table.Header[i]);
            var column = Columns.FirstOrDefault(c => c.Headings.Contains(key));
            if (column.Column is null || at.ContainsKey(column.Column)) ignored.Add(table.Header[i]);
            else at[column.Column] = i;
        }
        foreach (var missing in Columns.Where(c => c.Required && !at.ContainsKey(c.Column)))
            problems.Add(new ImportProblem(1, missing.Column, $"The file has no '{missing.Column}' column; the first row names the columns (first name, last name, title, affiliation, country, email, participation mode)."));
        if (!at.ContainsKey("Country") && !at.ContainsKey("Affiliation"))
            problems.Add(new ImportProblem(1, "Country", "The file has neither a 'Country' nor an 'Affiliation' column, so no row says whose delegation the person is on."));
        if (problems.Count > 0) return new([], problems, table.Rows.Count, ignored, "");

        string Cell(IReadOnlyList<string> cells, string column) =>
            at.TryGetValue(column, out var i) && i < cells.Count ? cells[i].Trim() : "";

        var emails = existing.SelectMany(d => d.Members.Where(m => m.Email is not null).Select(m => (m.Email!, Name: new ParticipantKey(d.IsState, d.Participant).DisplayName)))
            .GroupBy(e => e.Item1, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var persons = new List<(ParticipantKey Key, ParticipantCategory Category, ImportedPerson Person)>();
        foreach (var (row, cells) in table.Rows)
        {
            var before = problems.Count;
            void Refuse(string column, string message) => problems.Add(new ImportProblem(row, column, message));

            PersonName? name = null;
            try
            {
                name = PersonName.Create(Cell(cells, "Title"), Cell(cells, "First name"), Cell(cells, "Last name"), "import");
            }
            catch (DomainException e)
            {
                Refuse(e.Code switch { "import_title" => "Title", "import_first_name" => "First name", _ => "Last name" }, e.Message);
            }

            string? email = null;
            var rawEmail = Cell(cells, "Email");
            if (rawEmail.Length == 0) Refuse("Email", "The email address is empty; each person is registered with their own address.");
            else
            {
                try { email = EmailAddresses.Optional(rawEmail, "import_email"); }
                catch (DomainException e) { Refuse("Email", e.Message); }
            }
            if (email is not null)
            {
                if (seen.TryGetValue(email, out var first)) Refuse("Email", $"{email} is also on row {first}; a person is registered once.");
                else if (emails.TryGetValue(email, out var delegation)) Refuse("Email", $"{email} is already registered on the delegation of {delegation}.");
                else seen[email] = row;
            }

            var mode = Mode(Cell(cells, "Participation mode"));
            if (mode is null)
                Refuse("Participation mode", Cell(cells, "Participation mode") is { Length: > 0 } m
                    ? $"'{m}' is not a participation mode; write In person or Online."
                    : "The participation mode is empty; write In person or Online.");

            var role = Role(Cell(cells, "Role"));
            if (role is null) Refuse("Role", $"'{Cell(cells, "Role")}' is not a role on a delegation; write Head of delegation, Alternate, Representative, Expert or Adviser, or leave it empty.");

            var affiliation = Cell(cells, "Affiliation");
            var country = Cell(cells, "Country");
            ParticipantKey? key = null;
            var category = ParticipantCategory.MemberState;
            if (Organization(affiliation, register) is { } organization)
                (key, category) = (ParticipantKey.Organization(organization.Name), organization.Category);
            else if (State(country) is { } state)
                (key, category) = (ParticipantKey.State(state.Code), state.Category);
            else if (country.Length == 0 && affiliation.Length == 0)
                Refuse("Country", "Neither the country nor the affiliation is given, so the person is on no delegation.");
            else if (country.Length == 0)
                Refuse("Affiliation", $"'{affiliation}' is not an organization in the register, and the country is empty; give the State the person represents, or ask for the organization to be added to the register.");
            else
                Refuse("Country", $"'{country}' is not a State in the register{(affiliation.Length > 0 ? $", and '{affiliation}' is not an organization in it" : "")}; write the State's name as the United Nations writes it, or its three-letter code.");

            var position = Cell(cells, "Position");
            var function = key is { IsState: true } && affiliation.Length > 0
                ? (position.Length > 0 ? $"{position}, {affiliation}" : affiliation)
                : position.Length > 0 ? position : null;
            if (function is { Length: > 300 }) Refuse(position.Length > 0 ? "Position" : "Affiliation", $"The person's function must be at most 300 characters (it has {function.Length}).");

            if (problems.Count > before || name is null || key is null || mode is null || role is null) continue;
            persons.Add((key, category, new ImportedPerson(row, name.Display, function, email, role.Value, mode.Value)
            {
                Input = new DelegationMemberInput(name.Title, name.FirstName, name.FamilyName, function, email, role.Value, mode.Value),
            }));
        }

        var result = new List<ImportedDelegation>();
        foreach (var group in persons.GroupBy(p => p.Key))
        {
            var held = existing.FirstOrDefault(d => d.IsState == group.Key.IsState && d.Participant == group.Key.Name);
            var room = Delegation.MaximumMembers - (held?.Members.Count ?? 0);
            var taken = group.Take(Math.Max(room, 0)).Select(p => p.Person).ToList();
            foreach (var (_, _, person) in group.Skip(Math.Max(room, 0)))
                problems.Add(new ImportProblem(person.Row, group.Key.IsState ? "Country" : "Affiliation",
                    $"The delegation of {group.Key.DisplayName} would list more than {Delegation.MaximumMembers} persons; a delegation lists at most {Delegation.MaximumMembers}."));
            if (taken.Count > 0) result.Add(new ImportedDelegation(group.Key, held?.Category ?? group.First().Category, held?.Version ?? 0, taken));
        }
        result = result.OrderBy(d => d.Participant.Order).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var basis = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join(";", result.Select(d => $"{(d.Participant.IsState ? "S" : "O")}:{d.Participant.Name}:{d.Version}")))))[..16];
        return new(result, problems.OrderBy(p => p.Row).ToList(), table.Rows.Count, ignored, basis);
    }

    /// <summary>
    /// The State a country column names: by the register's names, or in the ISO 3166 form registration platforms export,
    /// which puts the kind of State after a comma ("Korea, Republic of", "Congo, The Democratic Republic of the").
    /// </summary>
    private static State? State(string country)
    {
        if (StateRegister.Find(country) is { } state) return state;
        var comma = country.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 ? StateRegister.Find($"{country[(comma + 2)..]} {country[..comma]}") : null;
    }

    private static OrganizationView? Organization(string affiliation, IReadOnlyList<OrganizationView> register)
    {
        if (affiliation.Length == 0) return null;
        var key = RegisterNames.Comparable(affiliation);
        var byName = register.Where(o => RegisterNames.Comparable(o.Name) == key).ToList();
        if (byName.Count == 1) return byName[0];
        var byAbbreviation = register.Where(o => o.Abbreviation is not null && RegisterNames.Comparable(o.Abbreviation) == key).ToList();
        return byAbbreviation.Count == 1 ? byAbbreviation[0] : null;
    }

    private static ParticipationMode? Mode(string text) => HeadingKey(text) switch
    {
        "inperson" or "person" or "onsite" or "physical" or "physically" or "inroom" or "present" => ParticipationMode.InPerson,
        "online" or "virtual" or "virtually" or "remote" or "remotely" or "videoconference" => ParticipationMode.Online,
        _ => null,
    };

    private static DelegationRole? Role(string text) => HeadingKey(text) switch
    {
        "" or "representative" or "delegate" or "member" => DelegationRole.Representative,
        "head" or "headofdelegation" or "hod" or "chiefofdelegation" => DelegationRole.Head,
        "alternate" or "alternatehead" or "deputyhead" or "deputyheadofdelegation" or "alternaterepresentative" => DelegationRole.Alternate,
        "expert" => DelegationRole.Expert,
        "adviser" or "advisor" => DelegationRole.Adviser,
        _ => null,
    };

    private static string HeadingKey(string text) => new(RegisterNames.Searchable(text).Where(char.IsLetterOrDigit).ToArray());
}

/// <summary>A CSV file's header and rows (RFC 4180: quoted fields with commas, quotes and line breaks), with each row's line number.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Rows);

public static class Csv
{
    /// <summary>
    /// Reads a CSV file whose first row names the columns. The separator is the comma, or the semicolon or tab when the
    /// header uses one instead (as spreadsheets in some languages write). Empty lines are skipped; rows are numbered as a
    /// spreadsheet shows them (the header is row 1).
    /// </summary>
    /// <exception cref="FormatException">The text is empty, has no header, or has more rows than allowed.</exception>
    public static CsvTable Parse(string text, int maximumRows)
    {
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("The file is empty; export the registrations as CSV with a first row naming the columns.");
        var firstLine = text.Split('\n')[0];
        var separator = firstLine.Count(c => c == ',') >= Math.Max(firstLine.Count(c => c == ';'), firstLine.Count(c => c == '\t')) ? ','
            : firstLine.Count(c => c == ';') >= firstLine.Count(c => c == '\t') ? ';' : '\t';
        var records = new List<(int Row, List<string> Cells)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    records.Add((recordLine, cells));
                    cells = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (c == separator)
                    {
                        cells.Add(cell.ToString());
                        cell.Clear();
                    }
                    else cell.Append(c);
                    break;
            }
            if (records.Count > maximumRows + 1)
                throw new FormatException($"The file has more than {maximumRows} rows; import it in parts.");
        }
        if (quoted) throw new FormatException($"A quoted field that starts on row {recordLine} is never closed; check the quotes in the file.");
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((recordLine, cells));
        }
        records = records.Where(r => r.Cells.Any(x => x.Trim().Length > 0)).ToList();
        if (records.Count == 0) throw new FormatException("The file is empty; export the registrations as CSV with a first row naming the columns.");
        return new CsvTable(records[0].Cells.Select(h => h.Trim()).ToList(), records.Skip(1).Select(r => (r.Row, (IReadOnlyList<string>)r.Cells)).ToList());
    }
}
