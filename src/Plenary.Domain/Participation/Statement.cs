using Plenary.Domain.Agenda;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;

namespace Plenary.Domain.Participation;

/// <summary>
/// A statement made by a delegation on an agenda item at a plenary meeting, in its own name or on behalf of a group of
/// States, or in exercise of the right of reply. The Chair's list of speakers records it when the Chair marks it made; the
/// Secretariat may record one after the sitting. The delegation may upload its text (PDF or Word) and choose to publish it on
/// the meeting page. Each statement is its own unit of concurrency, so a delegation's upload never meets the Chair's list.
/// </summary>
public sealed class Statement : IVersioned
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public int MeetingNumber { get; private set; }
    public int PlenaryMeeting { get; private set; }
    /// <summary>The agenda item ("2", "1 (a)").</summary>
    public string Item { get; private set; } = "";
    public bool IsState { get; private set; }
    /// <summary>The State's alpha-3 code or the organization's name.</summary>
    public string Participant { get; private set; } = "";
    public ParticipantCategory Category { get; private set; }
    public string? OnBehalfOf { get; private set; }
    public bool IsRightOfReply { get; private set; }
    /// <summary>The request for the floor this statement was made on, when the list of speakers recorded it.</summary>
    public Guid? SpeakerId { get; private set; }
    public string? TextFileName { get; private set; }
    public string? TextContentType { get; private set; }
    public long? TextSize { get; private set; }
    public string? TextSha256 { get; private set; }
    public DateTimeOffset? TextUploadedAt { get; private set; }
    public string? TextUploadedBy { get; private set; }
    /// <summary>Whether the delegation has chosen to publish its text on the meeting page.</summary>
    public bool Published { get; private set; }
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    public bool HasText => TextSha256 is not null;

    private Statement() { }

    /// <summary>Records a statement made at a plenary meeting of <paramref name="meeting"/> on one of its agenda items.</summary>
    public static Statement Record(Meeting meeting, int plenaryMeeting, AgendaItemNumber item, bool isState, string participant,
        ParticipantCategory category, string? onBehalfOf, bool rightOfReply, Guid? speakerId = null)
    {
        if (meeting.Status == MeetingStatus.Cancelled)
            throw new DomainException("statement.meeting", "The convening was cancelled; no statement was made at it.");
        if (!meeting.PlenaryMeetings.Any(p => p.Number == plenaryMeeting))
            throw new DomainException("statement.plenary", $"The convening has no plenary meeting numbered {plenaryMeeting}.");
        if (!meeting.AgendaItems.Any(i => i.Number == item))
            throw new DomainException("statement.item", $"The agenda has no item {item}.");
        var stateCategory = category is ParticipantCategory.MemberState or ParticipantCategory.ObserverState;
        if (!Enum.IsDefined(category) || stateCategory != isState)
            throw new DomainException("statement.participant", isState ? "A State speaks as a Member State or an observer State." : "An organization is not a State.");
        if (rightOfReply && !isState)
            throw new DomainException("statement.right_of_reply", "A right of reply is exercised by a State, not by an organization.");
        var behalf = Guard.Optional(onBehalfOf, "statement.on_behalf_of", "On whose behalf the statement was made", 200);
        if (behalf is not null && rightOfReply)
            throw new DomainException("statement.on_behalf_of", "A right of reply is exercised by a State in its own name, not on behalf of a group.");
        return new Statement
        {
            Id = Guid.CreateVersion7(),
            BodyId = meeting.BodyId,
            MeetingNumber = meeting.Number,
            PlenaryMeeting = plenaryMeeting,
            Item = item.ToString(),
            IsState = isState,
            Participant = isState ? Delegation.StateCode(participant, "statement.participant") : Guard.Required(participant, "statement.participant", "The organization", 300),
            Category = category,
            OnBehalfOf = behalf,
            IsRightOfReply = rightOfReply,
            SpeakerId = speakerId,
        };
    }

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    /// <summary>Keeps the text of the statement (PDF or Word), in place of an earlier one; gives the bytes to keep.</summary>
    public StatementText AttachText(string? fileName, byte[] content, DateTimeOffset uploadedAt, string uploadedBy, long maxBytes = DocumentFile.DefaultMaxBytes)
    {
        var (name, type) = DocumentFile.Inspect(fileName, content, maxBytes, "the text of the statement, as a PDF or Word (DOCX) file");
        (TextFileName, TextContentType, TextSize, TextSha256, TextUploadedAt, TextUploadedBy) =
            (name, type, content.LongLength, DocumentFile.Hash(content), uploadedAt, uploadedBy);
        return new StatementText(Id, content);
    }

    /// <summary>Takes the text away; a published statement is no longer published.</summary>
    public void RemoveText()
    {
        if (!HasText) throw new DomainException("statement.text", "The statement has no text to remove.");
        (TextFileName, TextContentType, TextSize, TextSha256, TextUploadedAt, TextUploadedBy, Published) = (null, null, null, null, null, null, false);
    }

    /// <summary>The delegation publishes its text on the meeting page, or takes it off.</summary>
    public void Publish(bool published)
    {
        if (published && !HasText)
            throw new DomainException("statement.text", "Upload the text of the statement before publishing it.");
        Published = published;
    }

    /// <summary>"South Africa", "South Africa (on behalf of the Group of African States)".</summary>
    public string Describe()
    {
        var name = IsState ? StateRegister.NameOf(Participant) : Participant;
        return IsRightOfReply ? $"{name} (right of reply)" : OnBehalfOf is null ? name : $"{name} (on behalf of {OnBehalfOf})";
    }
}

/// <summary>The bytes of a statement's text, kept apart so that listing statements never reads them.</summary>
public sealed class StatementText
{
    public Guid StatementId { get; private set; }
    /// <summary>The file itself; never written to the audit trail (the statement keeps its hash).</summary>
    public byte[] Content { get; private set; } = [];

    private StatementText() { }

    internal StatementText(Guid statementId, byte[] content) => (StatementId, Content) = (statementId, content);

    public void Replace(StatementText newer) => Content = newer.Content;
}
