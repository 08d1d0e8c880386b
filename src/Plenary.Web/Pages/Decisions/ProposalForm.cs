using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;

namespace Plenary.Web.Pages.Decisions;

/// <summary>The fields of a proposal, shared by the page that drafts one and the page that edits a draft.</summary>
public abstract class ProposalPage(BodyQueries bodies) : SilencePage(bodies)
{
    [BindProperty] public ProcedureSubject Subject { get; set; } = ProcedureSubject.ConveningDates;
    [BindProperty] public int? MeetingNumber { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? DecisionText { get; set; }
    [BindProperty] public ProcedureCircle Circle { get; set; } = ProcedureCircle.ExtendedBureau;
    [BindProperty] public DateOnly? DeadlineDate { get; set; }
    [BindProperty] public TimeOnly? DeadlineTime { get; set; }
    [BindProperty] public string? DeadlineTimeZone { get; set; }
    [BindProperty] public DateOnly? ProposedStart { get; set; }
    [BindProperty] public DateOnly? ProposedEnd { get; set; }
    [BindProperty] public MeetingFormat? ProposedFormat { get; set; }
    [BindProperty] public string? FormatArrangements { get; set; }
    [BindProperty] public string? AttachedDocument { get; set; }

    /// <summary>The body's convenings, to pick the one the proposal concerns.</summary>
    public IReadOnlyList<MeetingSummary> Meetings { get; protected set; } = [];
    public int MinimumNoticeHours { get; protected set; } = 72;

    /// <summary>The proposal as posted; a missing deadline is refused next to its field before the domain is asked.</summary>
    protected SilenceProposal? Posted()
    {
        if (DeadlineDate is null) ModelState.AddModelError(nameof(DeadlineDate), "Give the date of the deadline.");
        if (DeadlineTime is null) ModelState.AddModelError(nameof(DeadlineTime), "Give the time of the deadline.");
        if (DeadlineDate is null || DeadlineTime is null) return null;
        return new SilenceProposal(Subject, MeetingNumber, Title, DecisionText, Circle, DeadlineDate.Value, DeadlineTime.Value, DeadlineTimeZone,
            ProposedStart, ProposedEnd, ProposedFormat, FormatArrangements, AttachedDocument);
    }

    protected void Fill(SilenceProposal p) =>
        (Subject, MeetingNumber, Title, DecisionText, Circle, DeadlineDate, DeadlineTime, DeadlineTimeZone, ProposedStart, ProposedEnd, ProposedFormat, FormatArrangements, AttachedDocument) =
        (p.Subject, p.MeetingNumber, p.Title, p.DecisionText, p.Circle, p.DeadlineDate, p.DeadlineTime, p.DeadlineTimeZone, p.ProposedStart, p.ProposedEnd, p.ProposedFormat, p.FormatArrangements, p.AttachedDocument);
}
