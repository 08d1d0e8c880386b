using Plenary.Domain.Bodies;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Participation;

/// <summary>
/// The words participation's pages, live views and sentences use for a body's convenings, sittings and participants, in one
/// place: they follow the body's conventions ("Seventh meeting", "Third session"; "the 1st meeting", "the 71st plenary
/// meeting"; "experts", "representatives").
/// </summary>
public static class ParticipationNames
{
    /// <summary>"Seventh meeting", "Resumed thirtieth session".</summary>
    public static string Convening(Body body, Meeting meeting) => Convenings.Heading(body.Convenes, meeting);

    /// <summary>"meeting", "session" or "consultation": what the body calls this convening.</summary>
    public static string ConveningNoun(Body body, Meeting meeting) => Convenings.KindNoun(body.Convenes, meeting.Kind);

    /// <summary>"1st meeting", "71st plenary meeting": a sitting of the convening, numbered in the body's series.</summary>
    public static string Sitting(Body body, Meeting meeting, int plenaryMeeting) =>
        $"{Numbers.OrdinalInFigures(meeting.SittingNumber(plenaryMeeting))} {Convenings.SittingNoun(body.Convenes)}";

    /// <summary>What the body's documents call the persons States send.</summary>
    public static ParticipantWords Participants(Body body) => body.Participants == ParticipantTerm.Experts ? ParticipantWords.Experts : ParticipantWords.Representatives;
}
