namespace Plenary.Domain.Meetings;

public enum MeetingFormat { InPerson, Hybrid, Online }

/// <summary>
/// What kind of convening a meeting or session is. A resumed or reconvened one continues an earlier
/// convening and carries its name ("the resumed thirtieth session"); an organizational one has no
/// ordinal ("the organizational session"); intersessional and informal consultations are counted apart.
/// </summary>
public enum ConveningKind { Regular, Special, Resumed, Reconvened, Organizational, Intersessional, InformalConsultation }

public enum MeetingStatus { Planned, Postponed, Held, Cancelled }

public enum AgendaStatus { Provisional, Adopted }

public enum MeetingEventKind
{
    DatesApproved,
    AgendaAgreed,
    PostponementAnnounced,
    Postponed,
    FormatApproved,
    OrganizationOfWorkCirculated,
    Other,
    /// <summary>The convening opened (its first plenary meeting).</summary>
    Convened,
    /// <summary>The agenda was adopted at a plenary meeting.</summary>
    AgendaAdopted,
    /// <summary>The convening closed; it is held.</summary>
    Closed,
    ReportAdopted,
    Cancelled,
}

/// <summary>What happens to the plenary meetings and the organization of work when a convening's dates move.</summary>
public enum SittingsOnMove
{
    /// <summary>They move with the dates, each by the same number of days.</summary>
    Move,
    /// <summary>They are taken out, to be planned again for the new dates (and the agenda's adoption with them).</summary>
    Replan,
}

/// <summary>How a decision in a meeting's history was taken: by silence procedure, at a plenary meeting, by the Chair, or made known by the secretariat.</summary>
public enum DecisionMeans { None, SilenceProcedure, Meeting, Notification, DecisionOfTheChair }
