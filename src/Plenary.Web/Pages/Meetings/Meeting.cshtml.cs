using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Model;
using Plenary.Application.Meetings;
using Plenary.Domain;

namespace Plenary.Web.Pages.Meetings;

public sealed record GeneratedDocumentLink(string Kind, string Name, string Symbol);

/// <summary>The link to the convening's preliminary conclusions and recommendations (or, at stocktaking, to their consolidation).</summary>
public sealed record PreliminaryLink(string Href, string Text);

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class MeetingModel(MeetingQueries queries, OfficialDocuments documents, Plenary.Application.Audit.AuditQueries audit, Plenary.Application.Bodies.BodyQueries bodyIds,
    Plenary.Application.Recommendations.PreliminaryQueries preliminary, Plenary.Application.Data.RecordMemo memo, Plenary.Application.Participation.Statements statements,
    Plenary.Application.Participation.AttendanceQueries attendance, Plenary.Application.Participation.Delegations delegations) : PageModel
{
    /// <summary>The statements made at the meeting (the page lists those whose text is published).</summary>
    public IReadOnlyList<Plenary.Application.Participation.StatementView> Statements { get; private set; } = [];
    /// <summary>How many delegations were present at each plenary meeting.</summary>
    public IReadOnlyDictionary<int, int> Present { get; private set; } = new Dictionary<int, int>();
    /// <summary>The reader's own delegation, for a delegate or stakeholder (their self check-in).</summary>
    public Plenary.Application.Participation.DelegationView? OwnView { get; private set; }
    /// <summary>Whether the reader may run the meeting's list of speakers (an officer of the body or the Secretariat).</summary>
    public bool MayChair { get; private set; }

    /// <summary>The History panel: changes to this meeting, for the secretariat's eyes (null for others).</summary>
    public IReadOnlyList<Plenary.Application.Audit.ChangeDescription>? Changes { get; private set; }

    /// <summary>Whether the reader may edit this body's record (the UI shows the edit link only then).</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The delegation the reader registers, when they are a delegate or stakeholder.</summary>
    public Plenary.Application.Participation.ParticipantKey? OwnDelegation { get; private set; }

    public MeetingDetails Details { get; private set; } = null!;
    public IReadOnlyList<GeneratedDocumentLink> Generated { get; private set; } = [];
    public IReadOnlyList<MissingFact> MissingFacts { get; private set; } = [];

    /// <summary>The link to the convening's preliminary texts, when its workplan provides for lists or it is the stocktaking one.</summary>
    public PreliminaryLink? Preliminary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        // What the page shows of the record is made once per record version (RecordMemo); the reader's links and panels are theirs.
        var key = $"meeting:{slug}:{number}";
        var kept = await memo.ReadAsync(); // one read of the record's version for all that follows
        if (await kept.GetAsync(key, () => queries.GetAsync(slug, number, ct)) is not { } details) return NotFound();
        Details = details;
        var body = User.Identity?.IsAuthenticated == true ? await kept.GetAsync($"body:{slug}", () => bodyIds.GetAsync(slug, ct)) : null;
        CanEdit = body is not null && Security.BodyAccess.CanEditRecord(User, body.BodyId);
        OwnDelegation = body is null ? null : Security.BodyAccess.OwnDelegation(User, body.BodyId);
        if (CanEdit) Changes = await kept.GetAsync(key + ":history", async () => await audit.DescribeAsync(await audit.ForMeetingAsync(details.MeetingId, ct), ct));
        MayChair = body is not null && Security.BodyAccess.MayChair(User, body.BodyId);
        // Statements and attendance are the record too: kept per record version like the details.
        Statements = await kept.GetAsync(key + ":statements", async () => await statements.ListAsync(slug, number, ct) ?? []);
        Present = await kept.GetAsync(key + ":present", () => attendance.PresentByPlenaryAsync(slug, number, ct));
        if (OwnDelegation is { } own) OwnView = await delegations.GetAsync(slug, number, own, ct);
        // The documents' symbols and the report's missing facts (the agenda is not composed to show its symbol),
        // the compilation's symbol at the stocktaking convening, and the link to the preliminary texts:
        // made once per record version, like the details, so that a signed-in reader's page composes nothing.
        var shown = await kept.GetAsync(key + ":documents", () => DocumentsAsync(slug, number, details.Meeting.Stocktaking, ct));
        Generated = shown.Generated;
        MissingFacts = shown.MissingFacts;
        Preliminary = await kept.GetAsync(key + ":preliminary", async () =>
            await preliminary.ListAsync(slug, number, ct) is { } list && (list.HasWorkplan || list.IsStocktaking)
                ? new PreliminaryLink($"/bodies/{details.Body.Slug}/{(list.IsStocktaking ? "recommendations" : $"meetings/{number}/recommendations")}",
                    list.IsStocktaking ? "Conclusions and recommendations to consolidate" : $"Preliminary conclusions and recommendations ({list.Count})")
                : null);
        return Page();
    }

    private sealed record DocumentsShown(IReadOnlyList<GeneratedDocumentLink> Generated, IReadOnlyList<MissingFact> MissingFacts);

    private async Task<DocumentsShown> DocumentsAsync(string slug, int number, bool stocktaking, CancellationToken ct)
    {
        List<GeneratedDocumentLink> generated = [];
        IReadOnlyList<MissingFact> missing = [];
        try
        {
            var overview = await documents.OverviewAsync(slug, number, ct);
            generated.Add(new("agenda", "Annotated provisional agenda", overview!.AgendaSymbol));
            generated.Add(new("report", "Report", overview.ReportSymbol));
            generated.Add(new("participants", "Provisional list of participants",
                (await documents.PreviewAsync(slug, number, OfficialDocumentKind.Participants, ct))!.Symbol));
            missing = overview.MissingFacts;
        }
        catch (DomainException)
        {
            // A body without a symbol series cannot give its documents symbols; the page says nothing of them.
        }
        if (stocktaking)
            try
            {
                // The stocktaking convening's conference room paper: the compilation of the period's preliminary texts.
                var compilation = await documents.PreviewAsync(slug, number, OfficialDocumentKind.Compilation, ct);
                generated.Add(new("compilation", "Compilation of preliminary conclusions and recommendations", compilation!.Symbol));
                // And the list the consolidation adopts, issued as its own document with its sources in an annex.
                var adopted = await documents.PreviewAsync(slug, number, OfficialDocumentKind.Adopted, ct);
                generated.Add(new("adopted", "Adopted conclusions and recommendations", adopted!.Symbol));
            }
            catch (DomainException)
            {
                // No workplan provides for lists: nothing to compile.
            }
        return new DocumentsShown(generated, missing);
    }
}
