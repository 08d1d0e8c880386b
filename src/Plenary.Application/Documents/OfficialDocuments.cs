using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Editing;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Documents;

/// <summary>The official documents Plenary generates for a convening: the annotated agenda, the report, the compilation of preliminary texts, the provisional list of participants and, at a stocktaking convening, the list of adopted conclusions and recommendations.</summary>
public enum OfficialDocumentKind { Agenda, Report, Compilation, Participants, Adopted }

public sealed record GeneratedDocument(OfficialDocument Document, OfficialDocumentKind Kind, string Symbol, int Version, DateOnly? IssuedOn, IssueOutcome? Outcome)
{
    /// <summary>The date an issue would carry if none were chosen (see <see cref="OfficialDocuments.DefaultDateOfIssue"/>); null when one must be chosen.</summary>
    public DateOnly? DefaultDateOfIssue { get; init; }

    /// <summary>What the register holds of this document: the original and its revisions, in order (empty before a first issue).</summary>
    public IReadOnlyList<RegisteredIssue> Register { get; init; } = [];
}

/// <summary>What a convening's page shows of its documents: their symbols and what the report still lacks.</summary>
public sealed record DocumentsOverview(string AgendaSymbol, string ReportSymbol, IReadOnlyList<MissingFact> MissingFacts);

/// <summary>One symbol of a generated document in the register: its issue number under that symbol and its date of issue.</summary>
public sealed record RegisteredIssue(string Symbol, int Version, DateOnly? IssuedOn, bool Generated);

/// <summary>
/// How a document is to be issued: under its own symbol, as a revision or as a corrigendum; the date of issue
/// chosen (none: the default); and, for a first issue, the symbol chosen (none: the one proposed from the
/// body's symbol pattern and the register).
/// </summary>
public sealed record IssueRequest(IssueAs As = IssueAs.Issue, DateOnly? DateOfIssue = null, string? Symbol = null)
{
    public bool Revised => As == IssueAs.Revision;
}

/// <summary>What an issue will do, shown for confirmation before it is done: the symbol, the date and the outcome (Unchanged: nothing would be issued).</summary>
public sealed record IssuePlan(string Symbol, DateOnly DateOfIssue, IssueAs As, IssueOutcome Outcome, string? RevisedOrCorrected, string Sentence);

/// <summary>
/// Composes a convening's documents from the record and issues them into the document register.
/// Previewing reads only. Issuing registers the document under its symbol: the one the register already
/// holds for it, or the next free number under the body's symbol pattern for that kind of document; a
/// later issue with changed content keeps the symbol and records the next version; a revision is issued
/// under /Rev.N. The date of issue is the one chosen, else the one the register holds for the document,
/// else today for a convening that has not ended; a past convening's document is never dated today
/// unless that date is chosen.
/// </summary>
public sealed class OfficialDocuments(PlenaryDbContext db, TimeProvider clock)
{
    public static bool TryParseKind(string? text, out OfficialDocumentKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && !int.TryParse(text, out _);

    /// <summary>The document as it would be issued now, with its symbol and date if already registered. Writes nothing.</summary>
    public async Task<GeneratedDocument?> PreviewAsync(string slug, int number, OfficialDocumentKind kind, CancellationToken ct = default)
    {
        if (await MeetingDossier.LoadAsync(db, slug, number, ct) is not { } dossier) return null;
        var symbol = await BaseSymbolAsync(dossier, kind, ct);
        var registered = Latest(dossier, symbol);
        var issue = await DetailsAsync(dossier, kind, registered?.Symbol ?? symbol, registered, registered?.IssuedOn, ct);
        return new GeneratedDocument(Compose(dossier, kind, issue), kind, issue.Symbol, registered?.Version ?? 1, issue.IssuedOn, null)
        {
            DefaultDateOfIssue = DefaultDateOfIssue(dossier, registered),
            Register = new DocumentFamily(symbol, dossier.Register).Members
                .Select(d => new RegisteredIssue(d.Symbol, d.Version, d.IssuedOn, d.ContentHash is not null)).ToList(),
        };
    }

    /// <summary>
    /// What a convening's page shows of its documents: the agenda's and the report's symbols (as
    /// <see cref="PreviewAsync"/> gives them) and the facts the report still lacks. The record is read once
    /// and only the report is composed (its missing facts); the agenda is not. Null when there is no such convening.
    /// </summary>
    public async Task<DocumentsOverview?> OverviewAsync(string slug, int number, CancellationToken ct = default)
    {
        if (await MeetingDossier.LoadAsync(db, slug, number, ct) is not { } dossier) return null;
        var agendaSymbol = await BaseSymbolAsync(dossier, OfficialDocumentKind.Agenda, ct);
        var reportSymbol = await BaseSymbolAsync(dossier, OfficialDocumentKind.Report, ct);
        var report = Latest(dossier, reportSymbol);
        var issue = await DetailsAsync(dossier, OfficialDocumentKind.Report, report?.Symbol ?? reportSymbol, report, report?.IssuedOn, ct);
        return new DocumentsOverview(Latest(dossier, agendaSymbol)?.Symbol ?? agendaSymbol, issue.Symbol,
            ReportComposer.Compose(dossier, issue).MissingFacts);
    }

    /// <summary>The latest text (the latest revision, else the original) of the document with this symbol in the convening's register.</summary>
    private static Document? Latest(MeetingDossier dossier, string symbol) => new DocumentFamily(symbol, dossier.Register).LatestText;

    /// <summary>What issuing would do now (for the confirmation asked before issuing, which cannot be undone). Writes nothing; refuses as <see cref="IssueAsync"/> would.</summary>
    public async Task<IssuePlan?> PlanAsync(string slug, int number, OfficialDocumentKind kind, IssueRequest request, CancellationToken ct = default)
    {
        if (await DecideAsync(slug, number, kind, request, ct) is not { } decision) return null;
        var what = request.As switch { IssueAs.Revision => "a revision", IssueAs.Corrigendum => "a corrigendum", _ => "" };
        var sentence = decision.Outcome switch
        {
            IssueOutcome.Unchanged when request.As != IssueAs.Issue => decision.Unchanged!,
            IssueOutcome.Unchanged => $"{decision.Symbol} is unchanged since its last issue; issuing it again changes {(request.DateOfIssue is null ? "nothing" : "only its date of issue, to " + Dates.Day(decision.Date))}.",
            IssueOutcome.Reissued => $"{decision.Symbol} will be re-issued as version {decision.Latest!.Version + 1}, dated {Dates.Day(decision.Date)}.",
            _ when request.As != IssueAs.Issue => $"{decision.Symbol} will be issued as {what} of {decision.Family.Original}, dated {Dates.Day(decision.Date)}.",
            _ => $"{decision.Symbol} will be issued, dated {Dates.Day(decision.Date)}.",
        };
        return new IssuePlan(decision.Symbol, decision.Date, request.As, decision.Outcome,
            request.As == IssueAs.Issue ? null : decision.Family.Current?.Symbol, sentence);
    }

    /// <summary>
    /// Composes the document and records its issue in the register: a first issue under the symbol chosen or
    /// proposed, the next version under the same symbol when the content changed, a revision (/Rev.N) or a
    /// corrigendum (/Corr.N) linked to the original by its symbol. A revision or corrigendum of content that has
    /// not changed issues nothing (outcome Unchanged) and says so. Every issue is a write, so the audit trail keeps it.
    /// </summary>
    public async Task<GeneratedDocument?> IssueAsync(string slug, int number, OfficialDocumentKind kind, IssueRequest request, CancellationToken ct = default)
    {
        if (await DecideAsync(slug, number, kind, request, ct) is not { } d) return null;
        var (dossier, family, latest, date, hash) = (d.Dossier, d.Family, d.Latest, d.Date, d.Hash);
        if (d.Outcome == IssueOutcome.Unchanged && request.As != IssueAs.Issue)
        {
            // A revision or corrigendum of content that has not changed: nothing is issued, and the caller says so.
            var current = family.Current!;
            var unchanged = await DetailsAsync(dossier, kind, current.Symbol, current, current.IssuedOn, ct);
            return new GeneratedDocument(Compose(dossier, kind, unchanged), kind, current.Symbol, current.Version, current.IssuedOn, IssueOutcome.Unchanged);
        }

        Document target;
        IssueOutcome outcome;
        if (request.As != IssueAs.Issue)
        {
            var text = family.LatestText!;
            target = Document.Issue(dossier.Body.Id, number, d.Symbol, Title(dossier, kind), TypeOf(kind), date, hash, text.Distribution, text.OriginalLanguage);
            target.IssueUnderAgendaItem(text.AgendaItem);
            db.Documents.Add(target);
            outcome = IssueOutcome.FirstIssue;
        }
        else if (latest is null)
        {
            target = Document.Issue(dossier.Body.Id, number, d.Symbol, Title(dossier, kind), TypeOf(kind), date, hash);
            db.Documents.Add(target);
            outcome = IssueOutcome.FirstIssue;
        }
        else
        {
            target = await db.Documents.SingleAsync(x => x.Id == latest.Id, ct);
            outcome = target.RecordIssue(date, hash, dated: request.DateOfIssue is not null);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            throw new DomainException("document.symbol_taken",
                $"The symbol {target.Symbol} was registered by another edit at the same moment; nothing was issued. Look at the register and issue again.");
        }
        var issue = await DetailsAsync(dossier, kind, target.Symbol, target, target.IssuedOn, ct);
        return new GeneratedDocument(Compose(dossier, kind, issue), kind, target.Symbol, target.Version, target.IssuedOn, outcome);
    }

    private sealed record Decision(MeetingDossier Dossier, DocumentFamily Family, Document? Latest, string Symbol, DateOnly Date, string Hash, IssueOutcome Outcome, string? Unchanged);

    /// <summary>Everything an issue decides before it writes: the family in the register, the symbol, the date, the fingerprint and the outcome. Refusals come from the domain.</summary>
    private async Task<Decision?> DecideAsync(string slug, int number, OfficialDocumentKind kind, IssueRequest request, CancellationToken ct)
    {
        if (await MeetingDossier.LoadAsync(db, slug, number, ct) is not { } dossier) return null;
        var proposed = await BaseSymbolAsync(dossier, kind, ct);
        var baseSymbol = proposed;
        var family = await FamilyAsync(dossier, proposed, ct);
        if (!string.IsNullOrWhiteSpace(request.Symbol))
        {
            var fixedByRecord = family.Members.Count > 0 || (kind == OfficialDocumentKind.Report && dossier.Meeting.ReportSymbol is not null);
            baseSymbol = DocumentFamily.CheckChosen(request.Symbol, proposed, fixedByRecord);
            if (baseSymbol != proposed) family = await FamilyAsync(dossier, baseSymbol, ct);
        }
        var latest = family.LatestText;
        var date = request.DateOfIssue ?? DefaultDateOfIssue(dossier, latest)
            ?? throw new DomainException("document.date_of_issue",
                $"{Sentences.Opening(dossier.The(dossier.Meeting))} ended on {Dates.Day(dossier.Meeting.EndDate)}, so its {Describe(kind)} is not dated today: "
                + "choose the date of issue (--date on the command line, the date field on the web).");
        if (date.Year is < 1946 or > 2100)
            throw new DomainException("document.date_of_issue", $"{Dates.Day(date)} is not a date of issue Plenary accepts (1946 to 2100).");
        var hash = Fingerprint(Compose(dossier, kind, await DetailsAsync(dossier, kind, baseSymbol, latest, null, ct)));
        DocumentFamily.CheckIssueAs(request.As);
        if (request.As != IssueAs.Issue && family.Current is not null && family.Unchanged(hash))
        {
            var current = family.Current;
            var what = request.As == IssueAs.Revision ? "revision" : "corrigendum";
            return new Decision(dossier, family, latest, current.Symbol, date, hash, IssueOutcome.Unchanged,
                $"Nothing has changed since version {current.Version} of {current.Symbol} was issued{(current.IssuedOn is { } on ? $" on {Dates.Day(on)}" : "")}, so no {what} was issued.");
        }
        // A revision asked for before any issue is the first issue, as before; a corrigendum needs an issued document (the family refuses).
        var issueAs = request.As == IssueAs.Revision && latest is null ? IssueAs.Issue : request.As;
        var symbol = family.NextSymbol(issueAs, hash);
        if (issueAs != IssueAs.Issue || latest is null)
        {
            var bodies = await db.Bodies.AsNoTracking().Where(b => b.Id == dossier.Body.Id || b.SymbolSeries != null).ToListAsync(ct);
            await EnsureFreeAsync(dossier, symbol, bodies, ct);
            return new Decision(dossier, family, latest, symbol, date, hash, IssueOutcome.FirstIssue, null);
        }
        var outcome = latest.ContentHash is null || latest.ContentHash == hash ? IssueOutcome.Unchanged : IssueOutcome.Reissued;
        return new Decision(dossier, family, latest, symbol, date, hash, outcome, null);
    }

    /// <summary>The body's documents in the register that belong to the document with this symbol: it, its revisions and their corrigenda.</summary>
    private async Task<DocumentFamily> FamilyAsync(MeetingDossier dossier, string original, CancellationToken ct) =>
        new(original, await db.Documents.AsNoTracking()
            .Where(d => d.BodyId == dossier.Body.Id && (d.Symbol == original || d.Symbol.StartsWith(original + "/")))
            .ToListAsync(ct));

    /// <summary>
    /// Refuses to issue under a symbol that another body's register holds or that is in another body's
    /// series, naming it (the store's unique key would otherwise refuse it with a raw error).
    /// </summary>
    private async Task EnsureFreeAsync(MeetingDossier dossier, string symbol, IReadOnlyList<Body> bodies, CancellationToken ct)
    {
        bodies.Single(b => b.Id == dossier.Body.Id).EnsureMayRegister(symbol, bodies);
        if (await db.Documents.AsNoTracking().Where(d => d.Symbol == symbol).Select(d => (Guid?)d.BodyId).FirstOrDefaultAsync(ct) is { } holder)
        {
            var name = bodies.FirstOrDefault(b => b.Id == holder)?.ShortName
                ?? await db.Bodies.Where(b => b.Id == holder).Select(b => b.ShortName).SingleAsync(ct);
            throw new DomainException("document.symbol_taken",
                $"The symbol {symbol} is already in the register of the {name}; a symbol names one document. "
                + "Give the body's symbol pattern or the convening's report symbol another series or number, then issue again.");
        }
    }

    /// <summary>
    /// What an issue did, in one sentence for the command line, the page and the API: "A/B/1 was issued,
    /// dated 6 April 2021." A revision asked for on content that has not changed says so, rather than nothing.
    /// </summary>
    public static string IssueSentence(GeneratedDocument g, bool revisionAsked) => IssueSentence(g, revisionAsked ? IssueAs.Revision : IssueAs.Issue);

    /// <inheritdoc cref="IssueSentence(GeneratedDocument, bool)"/>
    public static string IssueSentence(GeneratedDocument g, IssueAs asked)
    {
        var dated = g.IssuedOn is { } on ? $", dated {Dates.Day(on)}" : "";
        return g.Outcome switch
        {
            IssueOutcome.FirstIssue when !DocumentFamily.IsOriginal(g.Symbol) && g.Symbol.Contains("/Corr.", StringComparison.Ordinal) => $"{g.Symbol} was issued as a corrigendum{dated}.",
            IssueOutcome.FirstIssue when !DocumentFamily.IsOriginal(g.Symbol) => $"{g.Symbol} was issued as a revision{dated}.",
            IssueOutcome.FirstIssue => $"{g.Symbol} was issued{dated}.",
            IssueOutcome.Reissued => $"{g.Symbol} was re-issued as version {g.Version}{dated}.",
            _ when asked != IssueAs.Issue => $"Nothing has changed since version {g.Version} of {g.Symbol} was issued{(g.IssuedOn is { } last ? $" on {Dates.Day(last)}" : "")}, so no {(asked == IssueAs.Revision ? "revision" : "corrigendum")} was issued.",
            _ => $"{g.Symbol} is unchanged since its last issue (version {g.Version}){dated}.",
        };
    }

    /// <summary>
    /// The date an issue takes when none is chosen: the date the register plans for a document Plenary has
    /// not issued yet; else today while the convening has not ended; else the date of its last issue. Null
    /// for a past convening's document that the register does not date: its date must be chosen.
    /// </summary>
    public DateOnly? DefaultDateOfIssue(MeetingDossier dossier, Document? registered)
    {
        if (registered is { ContentHash: null, IssuedOn: { } planned }) return planned;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (today <= dossier.Meeting.EndDate) return today;
        return registered?.IssuedOn;
    }

    private static string Describe(OfficialDocumentKind kind) => kind switch
    {
        OfficialDocumentKind.Agenda => "annotated provisional agenda",
        OfficialDocumentKind.Report => "report",
        OfficialDocumentKind.Compilation => "compilation of preliminary conclusions and recommendations",
        OfficialDocumentKind.Participants => "list of participants",
        OfficialDocumentKind.Adopted => "list of adopted conclusions and recommendations",
    };

    private async Task<IssueDetails> DetailsAsync(MeetingDossier dossier, OfficialDocumentKind kind, string symbol, Document? registered, DateOnly? issuedOn, CancellationToken ct)
    {
        var item = registered?.AgendaItem;
        string? agenda = null;
        if (item is not null && kind != OfficialDocumentKind.Agenda)
            agenda = await BaseSymbolAsync(dossier, OfficialDocumentKind.Agenda, ct);
        return new IssueDetails(symbol, issuedOn, registered?.Distribution ?? Distribution.General, registered?.OriginalLanguage ?? "en", item, agenda);
    }

    private static OfficialDocument Compose(MeetingDossier dossier, OfficialDocumentKind kind, IssueDetails issue) => kind switch
    {
        OfficialDocumentKind.Agenda => AnnotatedAgendaComposer.Compose(dossier, issue),
        OfficialDocumentKind.Report => ReportComposer.Compose(dossier, issue),
        OfficialDocumentKind.Compilation => Recommendations.CompilationComposer.Compose(dossier, issue),
        OfficialDocumentKind.Participants => ParticipantsListComposer.Compose(dossier, issue),
        OfficialDocumentKind.Adopted => Recommendations.AdoptedListComposer.Compose(dossier, issue),
    };

    private static string Title(MeetingDossier dossier, OfficialDocumentKind kind) => kind switch
    {
        OfficialDocumentKind.Agenda => "Annotated provisional agenda",
        OfficialDocumentKind.Report => ReportComposer.Title(dossier),
        OfficialDocumentKind.Compilation => Recommendations.CompilationComposer.Title(dossier),
        OfficialDocumentKind.Participants => ParticipantsListComposer.Title,
        OfficialDocumentKind.Adopted => Recommendations.AdoptedListComposer.Title(dossier),
    };

    private static DocumentType TypeOf(OfficialDocumentKind kind) => kind switch
    {
        OfficialDocumentKind.Agenda => DocumentType.ProvisionalAgenda,
        OfficialDocumentKind.Report => DocumentType.Report,
        OfficialDocumentKind.Compilation => DocumentType.ConferenceRoomPaper,
        OfficialDocumentKind.Participants => DocumentType.InformationDocument,
        // A conference room paper of the stocktaking convening, beside the compilation: an adopted text is no draft for
        // action, so not an L. document (ADR 0028); the report carries the same list as its chapter.
        OfficialDocumentKind.Adopted => DocumentType.ConferenceRoomPaper,
    };

    /// <summary>
    /// The symbol of the convening's document: the one the record gives it (the report's symbol, or a
    /// document of that type registered for the convening), else the next free number under the body's
    /// symbol pattern, taken from the register. The agenda is numbered before the report, so that a
    /// preview of both never shows one symbol twice.
    /// </summary>
    public async Task<string> BaseSymbolAsync(MeetingDossier dossier, OfficialDocumentKind kind, CancellationToken ct = default)
    {
        var meeting = dossier.Meeting;
        var type = TypeOf(kind);
        // A convening has several conference room papers: the compilation is the one registered under its title.
        // The adopted list is the convening's other conference room paper, registered under its own title.
        var titled = kind switch
        {
            OfficialDocumentKind.Compilation => Recommendations.CompilationComposer.TitleStart,
            OfficialDocumentKind.Adopted => Recommendations.AdoptedListComposer.TitleStart,
            _ => null,
        };
        var registered = titled is not null
            ? dossier.Register.Where(d => d.MeetingNumber == meeting.Number && d.Type == type && DocumentFamily.IsOriginal(d.Symbol)
                    && d.Title.StartsWith(titled, StringComparison.OrdinalIgnoreCase))
                .OrderBy(d => DocumentSymbol.Create(d.Symbol)).FirstOrDefault()
            : dossier.Registered(type);
        var stated = (kind == OfficialDocumentKind.Report ? meeting.ReportSymbol : null) ?? registered?.Symbol;
        if (stated is not null) return stated;
        var pattern = dossier.Body.SymbolPatterns.For(type);
        var register = await SymbolsUnderAsync(pattern, dossier, ct);
        // The report's number comes after the agenda's when the agenda is not registered yet.
        if (kind == OfficialDocumentKind.Report && dossier.Registered(DocumentType.ProvisionalAgenda) is null
            && dossier.Body.SymbolPatterns.For(DocumentType.ProvisionalAgenda).Text == pattern.Text)
            register.Add(pattern.Next(dossier.Body.SymbolSeries, meeting.StartDate.Year, register));
        return pattern.Next(dossier.Body.SymbolSeries, meeting.StartDate.Year, register);
    }

    /// <summary>The register's symbols that share a prefix with the pattern (of every body: a symbol names one document).</summary>
    private async Task<List<string>> SymbolsUnderAsync(SymbolPattern pattern, MeetingDossier dossier, CancellationToken ct)
    {
        if (pattern.UsesSeries && dossier.Body.SymbolSeries is null) return [];
        var prefixes = pattern.Prefixes(dossier.Body.SymbolSeries, dossier.Meeting.StartDate.Year);
        var symbols = new List<string>();
        foreach (var prefix in prefixes.Distinct())
            symbols.AddRange(await db.Documents.AsNoTracking().Where(d => d.Symbol.Contains(prefix)).Select(d => d.Symbol).ToListAsync(ct));
        return symbols.Distinct().ToList();
    }

    /// <summary>The fingerprint of a document's content, date of issue aside.</summary>
    public static string Fingerprint(OfficialDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextRenderer.Render(document with { Masthead = document.Masthead with { DateOfIssue = "" } }))));
}
