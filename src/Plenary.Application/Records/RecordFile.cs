using System.Text.Json.Serialization;

namespace Plenary.Application.Records;

// The record format, version 2: a body and its whole record as one JSON document (a file of
// version 1 is upgraded on reading; see RecordUpgrade).
// docs/record-format.md explains it; docs/record-format.schema.json is its JSON Schema.
// Property names are camelCase, enums camelCase strings, dates "yyyy-MM-dd", times "HH:mm".

public sealed record RecordFile
{
    [JsonPropertyName("$schema")] public string? Schema { get; init; }
    public int FormatVersion { get; init; } = RecordJson.CurrentVersion;
    public required BodyRecord Body { get; init; }
    public List<MandateRecord> Mandates { get; init; } = [];
    public List<WorkplanRecord> Workplans { get; init; } = [];
    public List<OfficerRecord> Officers { get; init; } = [];
    public List<ExtendedBureauSeatRecord> ExtendedBureau { get; init; } = [];
    public List<MeetingRecord> Meetings { get; init; } = [];
    public List<DocumentRecord> Documents { get; init; } = [];
    /// <summary>Conclusions and recommendations: lists, suggestions and what followed (RecommendationRecords).</summary>
    public RecommendationsRecord? Recommendations { get; init; }
    /// <summary>The body's concluded silence procedures (adopted, not adopted, withdrawn); open ones and drafts live in the store only.</summary>
    public List<SilenceProcedureRecord> SilenceProcedures { get; init; } = [];
}

public sealed record BodyRecord
{
    public required string Slug { get; init; }
    public required string FullName { get; init; }
    public required string ShortName { get; init; }
    public string? Secretariat { get; init; }
    public string? SymbolSeries { get; init; }
    public string Membership { get; init; } = "openEnded";
    public string Convenes { get; init; } = "meetings";
    public string SittingNumbering { get; init; } = "withinConvening";
    public string Participants { get; init; } = "representatives";
    public string? ReportTitle { get; init; }
    public bool NoDocumentationNote { get; init; }
    /// <summary>The plenary meetings with interpretation the body's resources allow per convening; left out: none recorded.</summary>
    public int? PlenaryMeetingsWithInterpretation { get; init; }
    public SymbolPatternsRecord? SymbolPatterns { get; init; }
    public ParentBodyRecord? Parent { get; init; }
}

public sealed record SymbolPatternsRecord
{
    public string? Agenda { get; init; }
    public string? Report { get; init; }
    public string? ListOfParticipants { get; init; }
    public string? ConferenceRoomPaper { get; init; }
    public string? Limited { get; init; }
}

/// <summary>An officer's term. <see cref="ReplacedBy"/> names the successor by the person's name, as another officer of the file.</summary>
public sealed record OfficerRecord
{
    public required string Office { get; init; }
    public string? OfficeTitle { get; init; }
    public required string Person { get; init; }
    public required string State { get; init; }
    public string? RegionalGroup { get; init; }
    public DateOnly? ElectedOn { get; init; }
    public int? ElectedAt { get; init; }
    public DateOnly? TermEndsOn { get; init; }
    public bool ForLife { get; init; }
    public string? ReplacedBy { get; init; }
}

public sealed record ExtendedBureauSeatRecord
{
    public required string Role { get; init; }
    public string? RegionalGroup { get; init; }
    public string? State { get; init; }
    public string? Person { get; init; }
    public string? Organization { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? Until { get; init; }
}

public sealed record ParentBodyRecord
{
    public required string Slug { get; init; }
    public required string FullName { get; init; }
    public required string ShortName { get; init; }
    public string? Secretariat { get; init; }
    public string? SymbolSeries { get; init; }
}

public sealed record MandateRecord
{
    public required string Kind { get; init; }
    public string? Symbol { get; init; }
    public string? Title { get; init; }
    public required string Organ { get; init; }
    public string? Session { get; init; }
    public DateOnly? AdoptedOn { get; init; }
    public string? Reference { get; init; }
    public string? Requests { get; init; }
}

public sealed record WorkplanRecord
{
    public required string Title { get; init; }
    public int StartYear { get; init; }
    public int EndYear { get; init; }
    public string? Symbol { get; init; }
    public int? AdoptedAtMeeting { get; init; }
    public bool PreliminaryConclusions { get; init; }
    public List<PlannedMeetingRecord> PlannedMeetings { get; init; } = [];
}

public sealed record PlannedMeetingRecord
{
    public int Year { get; init; }
    public int? MeetingNumber { get; init; }
    public List<string> Topics { get; init; } = [];
    public bool Stocktaking { get; init; }
    public string? Note { get; init; }
}

public sealed record MeetingRecord
{
    public int Number { get; init; }
    public string Kind { get; init; } = "regular";
    /// <summary>The ordinal in the convening's name; absent on a regular convening, it is the number.</summary>
    public int? Ordinal { get; init; }
    public string? Designation { get; init; }
    public int? Continues { get; init; }
    public int? FirstPlenaryMeetingNumber { get; init; }
    public required string Venue { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public string Format { get; init; } = "inPerson";
    public string Status { get; init; } = "planned";
    public bool Stocktaking { get; init; }
    public List<string> Topics { get; init; } = [];
    public string? Summary { get; init; }
    public string? ReportSymbol { get; init; }
    public List<MeetingEventRecord> History { get; init; } = [];
    public List<PlenaryMeetingRecord> PlenaryMeetings { get; init; } = [];
    public PresidingRecord? Presiding { get; init; }
    public bool SummaryByChair { get; init; }
    public AgendaRecord? Agenda { get; init; }
    public List<WorkRowRecord> OrganizationOfWork { get; init; } = [];
    /// <summary>The delegations, statements and list of speakers; absent: an import keeps what the store holds for the convening.</summary>
    public ParticipationRecord? Participation { get; init; }
}

/// <summary>Who took part in a convening and what they did there (ADR 0018, 0019).</summary>
public sealed record ParticipationRecord
{
    public List<DelegationRecord> Delegations { get; init; } = [];
    public List<StatementRecord> Statements { get; init; } = [];
    public SpeakersRecord? Speakers { get; init; }
}

/// <summary>A delegation: a State by its code, or an organization by its name with its category; its persons; its approval; the plenary meetings it attended.</summary>
public sealed record DelegationRecord
{
    public string? State { get; init; }
    public string? Organization { get; init; }
    /// <summary>An organization's category (unitedNationsEntity, institute, intergovernmentalOrganization ...); a State's comes from the register.</summary>
    public string? Category { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public List<DelegationMemberRecord> Members { get; init; } = [];
    public List<int> Attended { get; init; } = [];
}

public sealed record DelegationMemberRecord
{
    public string? Title { get; init; }
    public string? FirstName { get; init; }
    public required string FamilyName { get; init; }
    public string? Function { get; init; }
    public string? Email { get; init; }
    public string Role { get; init; } = "representative";
    public string Mode { get; init; } = "inPerson";
}

public sealed record StatementRecord
{
    public string? State { get; init; }
    public string? Organization { get; init; }
    public string? Category { get; init; }
    public int PlenaryMeeting { get; init; }
    public required string Item { get; init; }
    public string? OnBehalfOf { get; init; }
    public bool RightOfReply { get; init; }
}

/// <summary>A convening's list of speakers: the plenary meeting and item under consideration, the speaking time, and the requests in order.</summary>
public sealed record SpeakersRecord
{
    public int? PlenaryMeeting { get; init; }
    public string? Item { get; init; }
    public int TimeLimitSeconds { get; init; }
    public List<SpeakerRecord> Requests { get; init; } = [];
}

/// <summary>A request for the floor: those who have spoken first, in the order they spoke; the speaker holding the floor; then those waiting, in order.</summary>
public sealed record SpeakerRecord
{
    public string? State { get; init; }
    public string? Organization { get; init; }
    public string? Category { get; init; }
    public required string Item { get; init; }
    public string? OnBehalfOf { get; init; }
    public bool RightOfReply { get; init; }
    public string Status { get; init; } = "waiting";
    public int? PlenaryMeeting { get; init; }
    /// <summary>What the clock had run, in milliseconds (before <see cref="FloorSince"/> while it runs).</summary>
    public long ElapsedMs { get; init; }
    /// <summary>When the clock started running, for the speaker holding the floor while it runs.</summary>
    public DateTimeOffset? FloorSince { get; init; }
}

public sealed record MeetingEventRecord
{
    public DateOnly Date { get; init; }
    public required string Kind { get; init; }
    public string? DecidedBy { get; init; }
    public string Means { get; init; } = "none";
    public DateOnly? PreviousStartDate { get; init; }
    public DateOnly? PreviousEndDate { get; init; }
    public DateOnly? NewStartDate { get; init; }
    public DateOnly? NewEndDate { get; init; }
    public string? Format { get; init; }
    public string? Details { get; init; }
    public int? PlenaryMeeting { get; init; }
    public string? RecordedBy { get; init; }
    public DateTimeOffset? RecordedAt { get; init; }
}

public sealed record PlenaryMeetingRecord
{
    public int Number { get; init; }
    public DateOnly Date { get; init; }
    public string? StartsAt { get; init; }
    public string? EndsAt { get; init; }
    public List<string> Interpretation { get; init; } = [];
}

/// <summary>Who opened, presided over (on whose behalf) and closed a convening: officers named by the person's name.</summary>
public sealed record PresidingRecord
{
    public string? OpenedBy { get; init; }
    public string? OpenedByOther { get; init; }
    public string? PresidedBy { get; init; }
    public string? OnBehalfOf { get; init; }
    public string? ClosedBy { get; init; }
}

public sealed record AgendaRecord
{
    public string Status { get; init; } = "provisional";
    public int? AdoptedAtPlenaryMeeting { get; init; }
    public List<AgendaItemRecord> Items { get; init; } = [];
}

public sealed record AgendaItemRecord
{
    public int Number { get; init; }
    public required string Title { get; init; }
    /// <summary>The item's role; absent, it is inferred from the title.</summary>
    public string? Role { get; init; }
    public string? ShortTitle { get; init; }
    public string? Annotation { get; init; }
    public List<DocumentationRecord> Documentation { get; init; } = [];
    public List<PanellistRecord> Panellists { get; init; } = [];
    public List<AgendaSubItemRecord> SubItems { get; init; } = [];
}

public sealed record AgendaSubItemRecord
{
    public required string Letter { get; init; }
    public required string Title { get; init; }
    public string? Role { get; init; }
    public string? ShortTitle { get; init; }
    public string? Annotation { get; init; }
    public List<DocumentationRecord> Documentation { get; init; } = [];
    public List<PanellistRecord> Panellists { get; init; } = [];
}

public sealed record DocumentationRecord
{
    public string? Symbol { get; init; }
    public required string Title { get; init; }
}

public sealed record PanellistRecord
{
    public string? Title { get; init; }
    public required string Name { get; init; }
    public string? State { get; init; }
    public string? Organization { get; init; }
}

/// <summary>A row of the organization of work: an item at a plenary meeting, or a non-working day.</summary>
public sealed record WorkRowRecord
{
    public int? PlenaryMeeting { get; init; }
    public string? Item { get; init; }
    public bool Continued { get; init; }
    public string? Title { get; init; }
    public DateOnly? Date { get; init; }
    public bool NonWorking { get; init; }
    public string? Description { get; init; }
}

public sealed record DocumentRecord
{
    public required string Symbol { get; init; }
    public required string Title { get; init; }
    public required string Type { get; init; }
    public int? Meeting { get; init; }
    public string? AgendaItem { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string Distribution { get; init; } = "general";
    public string OriginalLanguage { get; init; } = "en";
    public List<string> Languages { get; init; } = [];
    /// <summary>The version of a generated document (absent means 1).</summary>
    public int? Version { get; init; }
}

public sealed record SilenceProcedureRecord
{
    public int Number { get; init; }
    public required string Subject { get; init; }
    public int? Meeting { get; init; }
    public required string Title { get; init; }
    public required string DecisionText { get; init; }
    public string Circle { get; init; } = "extendedBureau";
    public DateOnly? ProposedStartDate { get; init; }
    public DateOnly? ProposedEndDate { get; init; }
    public string? ProposedFormat { get; init; }
    public string? FormatArrangements { get; init; }
    public string? AttachedDocument { get; init; }
    public required SilenceDeadlineRecord Deadline { get; init; }
    /// <summary>When the proposal went to the circle, where the record knows it.</summary>
    public DateTimeOffset? CirculatedAt { get; init; }
    /// <summary>adopted, notAdopted or withdrawn.</summary>
    public required string Outcome { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    /// <summary>The number of the procedure whose proposal this one revises.</summary>
    public int? Revises { get; init; }
    public List<SilenceResponseRecord> Responses { get; init; } = [];
}

public sealed record SilenceDeadlineRecord
{
    public DateOnly Date { get; init; }
    public string Time { get; init; } = "12:00";
    public required string TimeZone { get; init; }
}

public sealed record SilenceResponseRecord
{
    public DateTimeOffset At { get; init; }
    public required string By { get; init; }
    /// <summary>objection, amendment or noObjection.</summary>
    public required string Kind { get; init; }
    public string? Text { get; init; }
}
