namespace Plenary.Domain.Meetings;

public enum MeetingFormat { InPerson, Hybrid, Online }

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
