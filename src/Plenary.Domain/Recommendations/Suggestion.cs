using Plenary.Domain.Bodies;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Domain.Recommendations;

/// <summary>Where a delegate's suggestion stands in the Rapporteur's queue.</summary>
public enum SuggestionStatus { Pending, Accepted, Merged, Declined }

/// <summary>
/// A suggestion a delegate submits for their own State during a convening. It lands in the Rapporteur's
/// queue, never directly in the list: the Rapporteur accepts it (as submitted or edited: a new text of the list),
/// merges it into a text already listed (the State joins those that suggested it), or declines it with a reason.
/// What the delegate submitted is kept as submitted.
/// </summary>
public sealed class Suggestion : IVersioned
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public int MeetingNumber { get; private set; }
    /// <summary>The Member State it is submitted for, by code.</summary>
    public string State { get; private set; } = "";
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public string Topic { get; private set; } = "";
    public string? AgendaItem { get; private set; }
    public TextKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public string Language { get; private set; } = "en";
    public SuggestionStatus Status { get; private set; }
    /// <summary>Why the Rapporteur declined it.</summary>
    public string? Reason { get; private set; }
    /// <summary>The text of the list it became or joined, by identifier.</summary>
    public string? Result { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    private Suggestion() { }

    /// <summary>
    /// A delegate's suggestion for <paramref name="state"/>, taken while the convening is under way (on its dates,
    /// in any time zone) and while it is neither postponed nor cancelled. The topic is one of the workplan's.
    /// </summary>
    public static Suggestion Submit(Body body, Meeting meeting, string? state, string? topic, string? agendaItem, TextKind kind, string? text,
        string? submittedBy, DateTimeOffset at, string? language = null)
    {
        var topics = ConveningTopics.Require(body, meeting, body.Convenes);
        if (meeting.Status is MeetingStatus.Cancelled or MeetingStatus.Postponed)
            throw new DomainException("suggestion.meeting",
                $"{Sentences.Opening(Convenings.The(body.Convenes, meeting))} is {(meeting.Status == MeetingStatus.Cancelled ? "cancelled" : "postponed")}; suggestions are taken while it is held.");
        if (!During(meeting, at))
            throw new DomainException("suggestion.closed",
                $"Suggestions are taken during {Convenings.The(body.Convenes, meeting)}, {Dates.RangeInText(meeting.StartDate, meeting.EndDate)}; "
                + $"it is now {Dates.Day(DateOnly.FromDateTime(at.UtcDateTime))} (UTC). Give your suggestion to the Rapporteur through your delegation.");
        return Build(meeting, state, topics.RequireTopic(topic, "suggestion.topic"), agendaItem, kind, text, submittedBy, at, language);
    }

    /// <summary>Rebuilds a suggestion a record file states (its time and topic as recorded).</summary>
    public static Suggestion Restore(Body body, Meeting meeting, string? state, string? topic, string? agendaItem, TextKind kind, string? text,
        string? submittedBy, DateTimeOffset at, string? language)
    {
        var topics = ConveningTopics.Require(body, meeting, body.Convenes);
        return Build(meeting, state, topics.FindTopic(topic) ?? Guard.Required(topic, "suggestion.topic", "The topic", 300), agendaItem, kind, text, submittedBy, at, language);
    }

    private static Suggestion Build(Meeting meeting, string? state, string topic, string? agendaItem, TextKind kind, string? text,
        string? submittedBy, DateTimeOffset at, string? language)
    {
        var member = StateRegister.Require(state, "suggestion.state", "The State");
        if (member.IsObserver)
            throw new DomainException("suggestion.state", $"Suggestions for the list come from Member States; {member.NameInText} is an observer State.");
        var suggestion = new Suggestion
        {
            Id = Guid.CreateVersion7(),
            BodyId = meeting.BodyId,
            MeetingNumber = meeting.Number,
            State = member.Code,
            SubmittedBy = Guard.Required(submittedBy, "suggestion.submitted_by", "Who submits the suggestion", 256),
            SubmittedAt = at,
            Topic = topic,
            Kind = Enum.IsDefined(kind) ? kind : throw new DomainException("suggestion.kind", "A suggestion is a conclusion or a recommendation."),
            Text = Guard.Required(text, "suggestion.text", "The text", PreliminaryText.MaxText),
            Language = Documents.OfficialLanguage.Normalise(language ?? "en"),
            Status = SuggestionStatus.Pending,
        };
        if (!string.IsNullOrWhiteSpace(agendaItem))
        {
            Agenda.AgendaItemNumber number;
            try { number = Agenda.AgendaItemNumber.Parse(agendaItem); }
            catch (DomainException e) { throw new DomainException("suggestion.agenda_item", e.Message); }
            if (!meeting.AgendaItems.Any(i => i.Number == number))
                throw new DomainException("suggestion.agenda_item", $"The convening has no agenda item {number}.");
            suggestion.AgendaItem = number.ToString();
        }
        return suggestion;
    }

    /// <summary>Whether <paramref name="at"/> falls on one of the convening's days somewhere in the world (UTC−12 to UTC+14).</summary>
    public static bool During(Meeting meeting, DateTimeOffset at)
    {
        var earliest = DateOnly.FromDateTime(at.UtcDateTime.AddHours(-12));
        var latest = DateOnly.FromDateTime(at.UtcDateTime.AddHours(14));
        return latest >= meeting.StartDate && earliest <= meeting.EndDate;
    }

    /// <summary>The suggestion became <paramref name="text"/>, a new text of the list (as submitted or as the Rapporteur edited it).</summary>
    public void Accept(PreliminaryText text, string? by, DateTimeOffset at)
    {
        AssertPending();
        AssertSameConvening(text);
        if (!text.SuggestedBy.Contains(State))
            throw new DomainException("suggestion.accept", $"The text made of the suggestion must name {StateRegister.NameOf(State)} among the States that suggested it.");
        Decide(SuggestionStatus.Accepted, text.Identifier, null, by, at);
    }

    /// <summary>The suggestion joined <paramref name="text"/>, already listed: its State is added to those that suggested it.</summary>
    public void MergeInto(PreliminaryText text, string? amendedText, string? by, DateTimeOffset at)
    {
        AssertPending();
        AssertSameConvening(text);
        text.Join(State, amendedText);
        Decide(SuggestionStatus.Merged, text.Identifier, null, by, at);
    }

    /// <summary>Declines the suggestion for the reason given, which the delegate reads.</summary>
    public void Decline(string? reason, string? by, DateTimeOffset at)
    {
        AssertPending();
        Decide(SuggestionStatus.Declined, null, Guard.Required(reason, "suggestion.reason", "The reason for declining the suggestion", 1000), by, at);
    }

    /// <summary>Marks a suggestion a record file states as decided.</summary>
    public void RestoreDecision(SuggestionStatus status, string? result, string? reason, string? by, DateTimeOffset? at)
    {
        if (status == SuggestionStatus.Pending) return;
        if (status is SuggestionStatus.Accepted or SuggestionStatus.Merged && !PreliminaryText.IsIdentifier(result))
            throw new DomainException("suggestion.result", "An accepted or merged suggestion names the text it became or joined, by its identifier.");
        if (status == SuggestionStatus.Declined)
        {
            Decide(status, null, Guard.Required(reason, "suggestion.reason", "The reason for declining the suggestion", 1000), by, at ?? SubmittedAt);
            return;
        }
        var (y, c, n) = PreliminaryText.Parse(result);
        Decide(status, PreliminaryText.Compose(y, c, n), null, by, at ?? SubmittedAt);
    }

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    private void Decide(SuggestionStatus status, string? result, string? reason, string? by, DateTimeOffset at) =>
        (Status, Result, Reason, DecidedBy, DecidedAt) = (status, result, reason, Guard.Optional(by, "suggestion.decided_by", "Who decided", 256), at);

    private void AssertPending()
    {
        if (Status != SuggestionStatus.Pending)
            throw new DomainException("suggestion.decided", Status switch
            {
                SuggestionStatus.Accepted => $"The suggestion was already accepted as {Result}.",
                SuggestionStatus.Merged => $"The suggestion was already merged into {Result}.",
                SuggestionStatus.Declined => "The suggestion was already declined.",
                _ => "The suggestion was already decided.",
            });
    }

    private void AssertSameConvening(PreliminaryText text)
    {
        if (text.BodyId != BodyId || text.MeetingNumber != MeetingNumber)
            throw new DomainException("suggestion.into", $"{text.Identifier} is on another convening's list; a suggestion joins the list of the convening it was made at.");
    }
}
