using System.Text.RegularExpressions;

namespace Plenary.Domain.Bodies;

public enum Membership { OpenEnded, Listed }

/// <summary>
/// An intergovernmental body: the root of a record. Its mandates and workplans belong to it;
/// meetings and documents refer to it by id.
/// </summary>
public sealed partial class Body : IVersioned
{
    private readonly List<Mandate> _mandates = [];
    private readonly List<Workplan> _workplans = [];
    private readonly List<Bureau.Officer> _officers = [];
    private readonly List<Bureau.ExtendedBureauMember> _extendedBureau = [];

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    public string? Secretariat { get; private set; }
    /// <summary>The symbol prefix of the body's documents, e.g. "UNODC/CCPCJ/EG.4".</summary>
    public string? SymbolSeries { get; private set; }
    public Membership Membership { get; private set; }
    /// <summary>What the body convenes: meetings or sessions. Every name of a convening follows it.</summary>
    public Convenes Convenes { get; private set; }
    public SittingNumbering SittingNumbering { get; private set; }
    /// <summary>What the body's documents call the persons States send ("experts", "representatives").</summary>
    public ParticipantTerm Participants { get; private set; } = ParticipantTerm.Representatives;
    /// <summary>
    /// How the body's reports are titled, with the tokens {body}, {shortName}, {convening}, {venue}, {dates}
    /// and {year}; null for the usual title of a body of its kind (see <see cref="ReportTitlePattern"/>).
    /// </summary>
    public string? ReportTitle { get; private set; }
    /// <summary>Whether the body's annotated agendas say, under an item that lists no documentation, that none is foreseen.</summary>
    public bool NoDocumentationNote { get; private set; }
    public string? AgendaSymbolPattern { get; private set; }
    public string? ReportSymbolPattern { get; private set; }
    public string? ListOfParticipantsSymbolPattern { get; private set; }
    public string? ConferenceRoomPaperSymbolPattern { get; private set; }
    public string? LimitedSymbolPattern { get; private set; }
    /// <summary>
    /// Counts the edits to the body and everything it holds (mandates, workplans and their planned
    /// meetings): one unit of concurrency. An edit names the version it was made from.
    /// </summary>
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;
    public IReadOnlyList<Mandate> Mandates => _mandates;
    public IReadOnlyList<Workplan> Workplans => _workplans;
    /// <summary>The body's officers over time, each with their term.</summary>
    public IReadOnlyList<Bureau.Officer> Officers => _officers;
    /// <summary>The members of the extended Bureau besides the officers, each for a period.</summary>
    public IReadOnlyList<Bureau.ExtendedBureauMember> ExtendedBureau => _extendedBureau;

    /// <summary>The body's conventions as one value, to read or to pass on.</summary>
    public BodyConventions Conventions => new(Convenes, SittingNumbering, Participants, ReportTitle, NoDocumentationNote, SymbolPatterns);

    public SymbolPatterns SymbolPatterns => new(AgendaSymbolPattern, ReportSymbolPattern, ListOfParticipantsSymbolPattern, ConferenceRoomPaperSymbolPattern, LimitedSymbolPattern);

    /// <summary>The report title pattern in force: the body's own, or the usual one for a body that holds meetings or sessions.</summary>
    public string ReportTitlePattern => ReportTitle ?? (Convenes == Convenes.Sessions
        ? "Report of the {body} on its {convening}"
        : "Report on the {conveningNoun} of the {body} held in {venue} {dates}");

    private Body() { }

    public static Body Create(string slug, string fullName, string shortName, string? secretariat,
        string? symbolSeries, Membership membership, Guid? parentId = null)
    {
        var body = new Body { Id = Guid.CreateVersion7() };
        body.Rename(slug, fullName, shortName);
        body.Describe(secretariat, symbolSeries, membership);
        body.ParentId = parentId;
        return body;
    }

    public void Rename(string slug, string fullName, string shortName)
    {
        slug = Guard.Required(slug, "body.slug", "The body's slug", 60);
        if (!SlugPattern().IsMatch(slug))
            throw new DomainException("body.slug",
                $"The slug '{slug}' may hold only lowercase letters, digits and single hyphens, and must start with a letter (for example 'eg-cybercrime').");
        Slug = slug;
        FullName = Guard.Required(fullName, "body.full_name", "The body's full name");
        ShortName = Guard.Required(shortName, "body.short_name", "The body's short name", 120);
    }

    public void Describe(string? secretariat, string? symbolSeries, Membership membership)
    {
        Secretariat = Guard.Optional(secretariat, "body.secretariat", "The secretariat");
        SymbolSeries = NormaliseSeries(symbolSeries);
        Membership = Guard.Defined(membership, "body.membership", "a kind of membership");
    }

    /// <summary>Changes what the Secretariat may edit of the body itself; the slug stays (it is in every link).</summary>
    public void EditDetails(string fullName, string shortName, string? secretariat, string? symbolSeries, Membership membership)
    {
        Rename(Slug, fullName, shortName);
        Describe(secretariat, symbolSeries, membership);
    }

    /// <summary>
    /// Sets how the body's documents are written: what it convenes, how it numbers its sittings, what it
    /// calls participants, its report title pattern, its "no documentation" notes and its symbol patterns.
    /// </summary>
    public void SetConventions(BodyConventions conventions)
    {
        Guard.Defined(conventions.Convenes, "body.convenes", "what a body convenes");
        Guard.Defined(conventions.SittingNumbering, "body.sitting_numbering", "a way of numbering plenary meetings");
        Guard.Defined(conventions.Participants, "body.participants", "what a body calls its participants");
        var title = Guard.Optional(conventions.ReportTitle, "body.report_title", "The report title pattern", 300);
        if (title is not null)
        {
            var unknown = System.Text.RegularExpressions.Regex.Matches(title, @"\{[^}]*\}").Select(m => m.Value)
                .FirstOrDefault(t => !ReportTitleTokens.Contains(t));
            if (unknown is not null)
                throw new DomainException("body.report_title",
                    $"The report title pattern uses {unknown}; it may use {Editorial.Lists.Join(ReportTitleTokens)}.");
        }
        if (conventions.SittingNumbering == SittingNumbering.AcrossSessions && conventions.Convenes != Convenes.Sessions)
            throw new DomainException("body.sitting_numbering",
                "Plenary meetings are numbered across sessions only by a body that holds sessions; a body that holds meetings numbers them within each meeting.");
        var symbols = (conventions.Symbols ?? new SymbolPatterns()).Checked();
        (Convenes, SittingNumbering, Participants, ReportTitle, NoDocumentationNote) =
            (conventions.Convenes, conventions.SittingNumbering, conventions.Participants, title, conventions.NoDocumentationNote);
        (AgendaSymbolPattern, ReportSymbolPattern, ListOfParticipantsSymbolPattern, ConferenceRoomPaperSymbolPattern, LimitedSymbolPattern) =
            (symbols.Agenda, symbols.Report, symbols.ListOfParticipants, symbols.ConferenceRoomPaper, symbols.Limited);
    }

    /// <summary>The tokens a report title pattern may use.</summary>
    public static readonly IReadOnlyList<string> ReportTitleTokens = ["{body}", "{shortName}", "{convening}", "{conveningNoun}", "{venue}", "{dates}", "{year}"];

    /// <summary>Refuses an edit based on an older version of the body, then counts this one.</summary>
    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version)
            throw new StaleEditException(Version);
        Version++;
    }

    /// <summary>
    /// The body whose register a symbol belongs to: the one whose symbol series starts the symbol (the
    /// longest such series, so that UNODC/CCPCJ/EG.4/2021/1 is the Expert Group's and not its parent's);
    /// null when no body's series does.
    /// </summary>
    public static Body? SeriesOwnerOf(string symbol, IEnumerable<Body> bodies) =>
        bodies.Where(b => b.SymbolSeries is { } series && symbol.StartsWith(series + "/", StringComparison.Ordinal))
            .OrderByDescending(b => b.SymbolSeries!.Length).FirstOrDefault();

    /// <summary>
    /// Refuses to enter in this body's register a symbol of another body's series: that symbol is the
    /// other body's to issue, and taking it first would block it. A body may list its parent's documents
    /// (the Commission's documents before its expert group).
    /// </summary>
    public void EnsureMayRegister(string symbol, IEnumerable<Body> bodies)
    {
        if (SeriesOwnerOf(symbol, bodies) is not { } owner || owner.Id == Id || owner.Id == ParentId) return;
        throw new DomainException("document.symbol_series",
            $"The symbol {symbol} is in the series {owner.SymbolSeries} of the {owner.ShortName}: only the {owner.ShortName} registers documents under it.");
    }

    public void PlaceUnder(Body? parent)
    {
        if (parent is not null && parent.Id == Id)
            throw new DomainException("body.parent", "A body cannot be its own parent.");
        ParentId = parent?.Id;
    }

    public Mandate AddMandate(MandateKind kind, string? symbol, string? title, string organ, string? session,
        DateOnly? adoptedOn, string? reference, string? requests)
    {
        var mandate = new Mandate(Id, _mandates.Count + 1, kind, symbol, title, organ, session, adoptedOn, reference, requests);
        if (mandate.Symbol is not null && _mandates.Any(m => m.Symbol == mandate.Symbol && m.Reference == mandate.Reference))
            throw new DomainException("mandate.duplicate", $"The mandate {mandate.Symbol} is already recorded for this body.");
        _mandates.Add(mandate);
        return mandate;
    }

    public Mandate EditMandate(int position, MandateKind kind, string? symbol, string? title, string organ, string? session,
        DateOnly? adoptedOn, string? reference, string? requests)
    {
        var mandate = MandateAt(position);
        var edited = new Mandate(Id, position, kind, symbol, title, organ, session, adoptedOn, reference, requests);
        if (edited.Symbol is not null && _mandates.Any(m => m != mandate && m.Symbol == edited.Symbol && m.Reference == edited.Reference))
            throw new DomainException("mandate.duplicate", $"The mandate {edited.Symbol} is already recorded for this body.");
        mandate.CopyFrom(edited);
        return mandate;
    }

    /// <summary>Removes a mandate; those after it move up one place.</summary>
    public Mandate RemoveMandate(int position) => Positions.RemoveAt(_mandates, position, () => NoMandate(position));

    /// <summary>Moves a mandate to another place in the list; those between shift by one.</summary>
    public void MoveMandate(int position, int toPosition) =>
        Positions.Move(_mandates, position, toPosition, () => NoMandate(position),
            () => new DomainException("mandate.position", $"A mandate can move to places 1 to {_mandates.Count}; {toPosition} is not one of them."));

    private Mandate MandateAt(int position) => Positions.At(_mandates, position, () => NoMandate(position));

    private DomainException NoMandate(int position) =>
        new("mandate.unknown", _mandates.Count == 0
            ? $"The body has no mandate {position}; no mandate is recorded yet."
            : $"The body has no mandate {position}; its mandates are numbered 1 to {_mandates.Count}.");

    public Workplan AddWorkplan(string title, int startYear, int endYear, string? symbol, int? adoptedAtMeeting)
    {
        var workplan = new Workplan(Id, Convenes, title, startYear, endYear, symbol, adoptedAtMeeting);
        if (_workplans.Any(w => w.StartYear == startYear && w.EndYear == endYear))
            throw new DomainException("workplan.duplicate", $"A workplan for {startYear}–{endYear} is already recorded.");
        _workplans.Add(workplan);
        return workplan;
    }

    public Workplan EditWorkplan(Guid workplanId, string title, int startYear, int endYear, string? symbol, int? adoptedAtMeeting)
    {
        var workplan = WorkplanWith(workplanId);
        if (_workplans.Any(w => w != workplan && w.StartYear == startYear && w.EndYear == endYear))
            throw new DomainException("workplan.duplicate", $"A workplan for {startYear}–{endYear} is already recorded.");
        workplan.Edit(Convenes, title, startYear, endYear, symbol, adoptedAtMeeting);
        return workplan;
    }

    /// <summary>Plans a convening in a workplan: its year, its number if known, its topics, and whether it is the stocktaking one.</summary>
    public PlannedMeeting PlanInWorkplan(Guid workplanId, int year, int? meetingNumber, IEnumerable<string> topics, bool isStocktaking, string? note) =>
        WorkplanWith(workplanId).PlanMeeting(Convenes, year, meetingNumber, topics, isStocktaking, note);

    public PlannedMeeting EditPlannedInWorkplan(Guid workplanId, int position, int year, int? meetingNumber, IEnumerable<string> topics, bool isStocktaking, string? note) =>
        WorkplanWith(workplanId).EditPlannedMeeting(Convenes, position, year, meetingNumber, topics, isStocktaking, note);

    /// <summary>Removes a convening a workplan plans; those after it move up one place.</summary>
    public PlannedMeeting RemovePlannedFromWorkplan(Guid workplanId, int position) =>
        WorkplanWith(workplanId).RemovePlannedMeeting(Convenes, position);

    /// <summary>Removes a workplan with the convenings it plans.</summary>
    public Workplan RemoveWorkplan(Guid workplanId)
    {
        var workplan = WorkplanWith(workplanId);
        _workplans.Remove(workplan);
        return workplan;
    }

    /// <summary>The convening a workplan plans at a position (counted from 1).</summary>
    public PlannedMeeting PlannedIn(Guid workplanId, int position) => WorkplanWith(workplanId).PlannedAt(Convenes, position);

    public Workplan WorkplanWith(Guid workplanId) =>
        _workplans.SingleOrDefault(w => w.Id == workplanId)
        ?? throw new DomainException("workplan.unknown", "The body has no such workplan; it may have been removed.");

    /// <summary>Empties the body before its record is imported again; the import is an edit too.</summary>
    public void ClearRecord()
    {
        Version++;
        _mandates.Clear();
        _workplans.Clear();
        _officers.Clear();
        _extendedBureau.Clear();
    }

    /// <summary>A series is the organ part of the body's symbols: "UNODC/CCPCJ/EG.4" in UNODC/CCPCJ/EG.4/2021/CRP.1.</summary>
    private static string? NormaliseSeries(string? series)
    {
        if (string.IsNullOrWhiteSpace(series)) return null;
        var refused = new DomainException("body.symbol_series",
            $"The symbol series '{series}' must be the organ part of the body's document symbols, such as UNODC/CCPCJ/EG.4 or E/CN.15.");
        if (!Documents.DocumentSymbol.TryCreate(series.Trim() + "/1", out var sample, out _) || sample is null) throw refused;
        return string.Equals(sample.Organ, sample.Value[..^2], StringComparison.Ordinal) ? sample.Organ : throw refused;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
