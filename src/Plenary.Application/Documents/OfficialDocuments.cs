using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;
using Plenary.Application.Documents.Rendering;
using Plenary.Domain;
using Plenary.Domain.Documents;

namespace Plenary.Application.Documents;

/// <summary>The official documents Plenary generates for a meeting.</summary>
public enum OfficialDocumentKind { Agenda, Report }

public sealed record GeneratedDocument(OfficialDocument Document, OfficialDocumentKind Kind, string Symbol, int Version, DateOnly? IssuedOn, IssueOutcome? Outcome);

/// <summary>
/// Composes a meeting's documents from the record and issues them into the document register.
/// Previewing reads only; issuing registers the document under its symbol (the agenda is
/// &lt;series&gt;/&lt;year&gt;/1 and the report &lt;series&gt;/&lt;year&gt;/2 unless the record says
/// otherwise), and a later issue with changed content keeps the symbol and records the next version;
/// a revision is issued under /Rev.N.
/// </summary>
public sealed class OfficialDocuments(PlenaryDbContext db, TimeProvider clock)
{
    public static bool TryParseKind(string? text, out OfficialDocumentKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && !int.TryParse(text, out _);

    /// <summary>The document as it would be issued now, with its symbol and date if already registered. Writes nothing.</summary>
    public async Task<GeneratedDocument?> PreviewAsync(string slug, int number, OfficialDocumentKind kind, CancellationToken ct = default)
    {
        if (await MeetingDossier.LoadAsync(db, slug, number, ct) is not { } dossier) return null;
        var symbol = BaseSymbol(dossier, kind);
        var registered = dossier.Register.Where(d => d.Symbol == symbol || d.Symbol.StartsWith(symbol + "/Rev.", StringComparison.Ordinal))
            .OrderBy(d => DocumentSymbol.Create(d.Symbol)).LastOrDefault();
        var issue = new IssueDetails(registered?.Symbol ?? symbol, registered?.IssuedOn);
        return new GeneratedDocument(Compose(dossier, kind, issue), kind, issue.Symbol, registered?.Version ?? 1, issue.IssuedOn, null);
    }

    /// <summary>Composes the document and records its issue in the register.</summary>
    public async Task<GeneratedDocument?> IssueAsync(string slug, int number, OfficialDocumentKind kind, bool revised = false, CancellationToken ct = default)
    {
        if (await MeetingDossier.LoadAsync(db, slug, number, ct) is not { } dossier) return null;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var baseSymbol = BaseSymbol(dossier, kind);
        var hash = Fingerprint(Compose(dossier, kind, new IssueDetails(baseSymbol, null)));

        var family = await db.Documents
            .Where(d => d.BodyId == dossier.Body.Id && (d.Symbol == baseSymbol || d.Symbol.StartsWith(baseSymbol + "/Rev.")))
            .ToListAsync(ct);
        var latest = family.OrderBy(d => DocumentSymbol.Create(d.Symbol)).LastOrDefault();
        Document target;
        IssueOutcome outcome;
        if (revised && latest is not null && latest.ContentHash != hash)
        {
            var next = family.Count(d => d.Symbol != baseSymbol) + 1;
            var symbol = DocumentSymbol.Create(baseSymbol).WithFinalComponent($"Rev.{next}").Value;
            target = Document.Issue(dossier.Body.Id, number, symbol, Title(dossier, kind, symbol), TypeOf(kind), today, hash);
            db.Documents.Add(target);
            outcome = IssueOutcome.FirstIssue;
        }
        else if (latest is null)
        {
            target = Document.Issue(dossier.Body.Id, number, baseSymbol, Title(dossier, kind, baseSymbol), TypeOf(kind), today, hash);
            db.Documents.Add(target);
            outcome = IssueOutcome.FirstIssue;
        }
        else
        {
            target = latest;
            outcome = target.RecordIssue(today, hash);
        }
        await db.SaveChangesAsync(ct);
        var issue = new IssueDetails(target.Symbol, target.IssuedOn);
        return new GeneratedDocument(Compose(dossier, kind, issue), kind, target.Symbol, target.Version, target.IssuedOn, outcome);
    }

    private static OfficialDocument Compose(MeetingDossier dossier, OfficialDocumentKind kind, IssueDetails issue) => kind switch
    {
        OfficialDocumentKind.Agenda => AnnotatedAgendaComposer.Compose(dossier, issue),
        _ => ReportComposer.Compose(dossier, issue),
    };

    private static string Title(MeetingDossier dossier, OfficialDocumentKind kind, string symbol) =>
        Compose(dossier, kind, new IssueDetails(symbol, null)).Title;

    private static DocumentType TypeOf(OfficialDocumentKind kind) =>
        kind == OfficialDocumentKind.Agenda ? DocumentType.ProvisionalAgenda : DocumentType.Report;

    /// <summary>The symbol the record gives the document, or the series' conventional one for the meeting's year.</summary>
    public static string BaseSymbol(MeetingDossier dossier, OfficialDocumentKind kind)
    {
        var meeting = dossier.Meeting;
        var type = TypeOf(kind);
        var registered = dossier.Register
            .Where(d => d.MeetingNumber == meeting.Number && d.Type == type && !d.Symbol.Contains("/Rev.", StringComparison.Ordinal))
            .Select(d => d.Symbol).FirstOrDefault();
        var stated = kind == OfficialDocumentKind.Report ? meeting.ReportSymbol ?? registered : registered;
        if (stated is not null) return stated;
        var series = dossier.Body.SymbolSeries
            ?? throw new DomainException("document.symbol",
                $"The {dossier.Body.ShortName} has no symbol series, so its documents cannot be given symbols; record the series (such as UNODC/CCPCJ/EG.4) first.");
        return DocumentSymbol.Create($"{series}/{meeting.StartDate.Year}/{(kind == OfficialDocumentKind.Agenda ? 1 : 2)}").Value;
    }

    /// <summary>The fingerprint of a document's content, date of issue aside.</summary>
    public static string Fingerprint(OfficialDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextRenderer.Render(document with { Masthead = document.Masthead with { DateOfIssue = "" } }))));
}
