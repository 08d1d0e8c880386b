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
}

/// <summary>How a decision in a meeting's history was taken.</summary>
public enum DecisionMeans { None, SilenceProcedure, Meeting, Notification }
