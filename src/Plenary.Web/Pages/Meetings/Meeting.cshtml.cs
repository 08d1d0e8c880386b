using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Model;
using Plenary.Application.Meetings;
using Plenary.Domain;

namespace Plenary.Web.Pages.Meetings;

public sealed record GeneratedDocumentLink(string Kind, string Name, string Symbol);

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class MeetingModel(MeetingQueries queries, OfficialDocuments documents, Plenary.Application.Audit.AuditQueries audit, Plenary.Application.Bodies.BodyQueries bodyIds, Plenary.Application.Data.RecordMemo memo) : PageModel
{
    /// <summary>The History panel: changes to this meeting, for the secretariat's eyes (null for others).</summary>
    public IReadOnlyList<Plenary.Application.Audit.ChangeDescription>? Changes { get; private set; }

    /// <summary>Whether the reader may edit this body's record (the UI shows the edit link only then).</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The delegation the reader registers, when they are a delegate or stakeholder.</summary>
    public Plenary.Application.Participation.ParticipantKey? OwnDelegation { get; private set; }

    public MeetingDetails Details { get; private set; } = null!;
    public IReadOnlyList<GeneratedDocumentLink> Generated { get; private set; } = [];
    public IReadOnlyList<MissingFact> MissingFacts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        // What the page shows of the record is made once per record version (RecordMemo); the reader's links and panels are theirs.
        var key = $"meeting:{slug}:{number}";
        if (await memo.GetAsync(key, () => queries.GetAsync(slug, number, ct)) is not { } details) return NotFound();
        Details = details;
        var body = User.Identity?.IsAuthenticated == true ? await memo.GetAsync($"body:{slug}", () => bodyIds.GetAsync(slug, ct)) : null;
        CanEdit = body is not null && Security.BodyAccess.CanEditRecord(User, body.BodyId);
        OwnDelegation = body is null ? null : Security.BodyAccess.OwnDelegation(User, body.BodyId);
        if (CanEdit) Changes = await memo.GetAsync(key + ":history", async () => await audit.DescribeAsync(await audit.ForMeetingAsync(details.MeetingId, ct), ct));
        try
        {
            // The documents' symbols and the report's missing facts; the agenda is not composed to show its symbol.
            var overview = await memo.GetAsync(key + ":documents", () => documents.OverviewAsync(slug, number, ct));
            Generated =
            [
                new("agenda", "Annotated provisional agenda", overview!.AgendaSymbol),
                new("report", "Report", overview.ReportSymbol),
            ];
            MissingFacts = overview.MissingFacts;
        }
        catch (DomainException)
        {
            // A body without a symbol series cannot give its documents symbols; the page says nothing of them.
        }
        if (details.Meeting.Stocktaking)
            try
            {
                // The stocktaking convening's conference room paper: the compilation of the period's preliminary texts.
                var compilation = await documents.PreviewAsync(slug, number, OfficialDocumentKind.Compilation, ct);
                Generated = [.. Generated, new("compilation", "Compilation of preliminary conclusions and recommendations", compilation!.Symbol)];
            }
            catch (DomainException)
            {
                // No workplan provides for lists: nothing to compile.
            }
        return Page();
    }
}
