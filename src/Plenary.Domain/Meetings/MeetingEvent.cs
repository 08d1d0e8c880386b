namespace Plenary.Domain.Meetings;

/// <summary>
/// A dated step in a meeting's history ("the extended Bureau approved new dates by silence
/// procedure on 15 April 2020"). Documents narrate these, so they are data, not prose.
/// </summary>
public sealed class MeetingEvent
{
    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public MeetingEventKind Kind { get; private set; }
    /// <summary>Who decided or was informed: "extended Bureau".</summary>
    public string? DecidedBy { get; private set; }
    public DecisionMeans Means { get; private set; }
    public DateOnly? PreviousStart { get; private set; }
    public DateOnly? PreviousEnd { get; private set; }
    public DateOnly? NewStart { get; private set; }
    public DateOnly? NewEnd { get; private set; }
    public MeetingFormat? Format { get; private set; }
    /// <summary>The reason or any detail, in our words: "owing to the COVID-19 pandemic".</summary>
    public string? Details { get; private set; }
    /// <summary>The plenary meeting at which it happened or was decided ("at its 1st meeting").</summary>
    public int? PlenaryMeetingNumber { get; private set; }
    /// <summary>Who recorded it in Plenary (an account's name, or the silence procedure that concluded).</summary>
    public string? RecordedBy { get; private set; }
    /// <summary>When it was recorded in Plenary (not when it happened: that is <see cref="OccurredOn"/>).</summary>
    public DateTimeOffset? RecordedAt { get; private set; }

    private MeetingEvent() { }

    internal MeetingEvent(Guid meetingId, DateOnly occurredOn, MeetingEventKind kind, string? decidedBy,
        DecisionMeans means, DateRange? previousDates, DateRange? newDates, MeetingFormat? format, string? details)
    {
        if (kind == MeetingEventKind.DatesApproved && newDates is null)
            throw new DomainException("event.dates", "An approval of dates must say which dates were approved.");
        if (kind == MeetingEventKind.FormatApproved && format is null)
            throw new DomainException("event.format", "An approval of format must say which format was approved.");
        if (means == DecisionMeans.SilenceProcedure && string.IsNullOrWhiteSpace(decidedBy))
            throw new DomainException("event.decided_by", "A decision by silence procedure must name the circle that took it, such as the extended Bureau.");
        Id = Guid.CreateVersion7();
        MeetingId = meetingId;
        OccurredOn = occurredOn;
        Kind = kind;
        DecidedBy = Guard.Optional(decidedBy, "event.decided_by", "Who decided", 200);
        Means = means;
        (PreviousStart, PreviousEnd) = (previousDates?.Start, previousDates?.End);
        (NewStart, NewEnd) = (newDates?.Start, newDates?.End);
        Format = format;
        Details = Guard.Optional(details, "event.details", "The details", 2000);
    }

    /// <summary>Says at which plenary meeting it happened, and who recorded it when.</summary>
    internal MeetingEvent Noting(int? plenaryMeeting, string? recordedBy, DateTimeOffset? recordedAt)
    {
        if (plenaryMeeting is < 1)
            throw new DomainException("event.plenary_meeting", $"Plenary meetings are numbered from 1; {plenaryMeeting} is not one.");
        PlenaryMeetingNumber = plenaryMeeting;
        RecordedBy = Guard.Optional(recordedBy, "event.recorded_by", "Who recorded it", 200);
        RecordedAt = recordedAt;
        return this;
    }

    public DateRange? PreviousDates => PreviousStart is { } s && PreviousEnd is { } e ? DateRange.Create(s, e) : null;
    public DateRange? NewDates => NewStart is { } s && NewEnd is { } e ? DateRange.Create(s, e) : null;
}
