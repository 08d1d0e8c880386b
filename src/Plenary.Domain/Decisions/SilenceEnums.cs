namespace Plenary.Domain.Decisions;

/// <summary>What a silence procedure proposes to decide.</summary>
public enum ProcedureSubject
{
    /// <summary>The dates (and venue) of a convening.</summary>
    ConveningDates,
    ProvisionalAgenda,
    /// <summary>In person, hybrid or online, with the arrangements (remote interpretation ...).</summary>
    Format,
    OrganizationOfWork,
    /// <summary>Any other decision, in its own words, with a document attached.</summary>
    Other,
}

/// <summary>Who a proposal is circulated to, and so who may break silence.</summary>
public enum ProcedureCircle { ExtendedBureau, Bureau, AllMemberStates }

/// <summary>Where a silence procedure stands. An open one whose deadline has passed is concluded by time alone.</summary>
public enum ProcedureStatus { Draft, Open, Adopted, NotAdopted, Withdrawn }

/// <summary>What a member of the circle answered: breaking silence (an objection, an amendment) or saying they have no objection.</summary>
public enum ResponseKind { Objection, Amendment, NoObjection }

/// <summary>The step a procedure's timeline shows.</summary>
public enum ProcedureStepKind { Drafted, Circulated, DeadlineExtended, SilenceBroken, NoObjection, Withdrawn, Adopted, NotAdopted }

public static class ProcedureWords
{
    /// <summary>"the extended Bureau", "the Bureau", "the Member States".</summary>
    public static string Circle(ProcedureCircle circle) => circle switch
    {
        ProcedureCircle.ExtendedBureau => "extended Bureau",
        ProcedureCircle.Bureau => "Bureau",
        _ => "Member States",
    };

    public static string Status(ProcedureStatus status) => status switch
    {
        ProcedureStatus.Draft => "draft",
        ProcedureStatus.Open => "open",
        ProcedureStatus.Adopted => "adopted",
        ProcedureStatus.NotAdopted => "not adopted",
        _ => "withdrawn",
    };

    public static string Subject(ProcedureSubject subject) => subject switch
    {
        ProcedureSubject.ConveningDates => "dates",
        ProcedureSubject.ProvisionalAgenda => "provisional agenda",
        ProcedureSubject.Format => "format",
        ProcedureSubject.OrganizationOfWork => "organization of work",
        _ => "other decision",
    };

    public static string Response(ResponseKind kind) => kind switch
    {
        ResponseKind.Objection => "objection",
        ResponseKind.Amendment => "proposed amendment",
        _ => "no objection",
    };
}
