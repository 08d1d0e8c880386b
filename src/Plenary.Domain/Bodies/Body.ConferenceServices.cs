using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Domain.Bodies;

/// <summary>
/// The conference services a body's resources allow: how many plenary meetings with interpretation it may
/// hold at each of its convenings ("six plenary meetings over the course of three days, with interpretation").
/// A convening may plan more; the Secretariat is warned, not refused, and the annotated agenda states the limit.
/// </summary>
public sealed partial class Body
{
    /// <summary>The most plenary meetings a body may record as held with interpretation at one convening.</summary>
    public const int MaxPlenaryMeetingsWithInterpretation = 999;

    /// <summary>The plenary meetings with interpretation the body's resources allow per convening; null when none is recorded.</summary>
    public int? PlenaryMeetingsWithInterpretation { get; private set; }

    /// <summary>Records the plenary meetings with interpretation the body's resources allow per convening, or none (null).</summary>
    public void SetConferenceServices(int? plenaryMeetingsWithInterpretation)
    {
        if (plenaryMeetingsWithInterpretation is { } n && (n < 1 || n > MaxPlenaryMeetingsWithInterpretation))
            throw new DomainException("body.plenary_meetings_with_interpretation",
                $"The plenary meetings with interpretation per {Convenings.Noun(Convenes)} must be a whole number from 1 to {MaxPlenaryMeetingsWithInterpretation}, "
                + $"or left empty when the body records no limit; {n} is not.");
        PlenaryMeetingsWithInterpretation = plenaryMeetingsWithInterpretation;
    }

    /// <summary>
    /// The warning when <paramref name="meeting"/> plans more plenary meetings than the body's conference services
    /// allow with interpretation; null within the limit, or when the body records none.
    /// </summary>
    public string? ConferenceServicesWarning(Meeting meeting)
    {
        if (PlenaryMeetingsWithInterpretation is not { } limit) return null;
        var planned = meeting.PlenaryMeetings.Count;
        if (planned <= limit) return null;
        var beyond = planned - limit;
        return $"{Sentences.Opening(Convenings.The(Convenes, meeting))} plans {Numbers.Count(planned, "plenary meeting")}; the conference services available to the {ShortName} "
            + $"allow for {Numbers.Count(limit, "plenary meeting")} with interpretation per {Convenings.Noun(Convenes)}. "
            + $"{Sentences.Opening(beyond == 1 ? "the plenary meeting" : $"the {Numbers.Cardinal(beyond)} plenary meetings")} beyond that number would be held without interpretation unless further resources are made available.";
    }
}
