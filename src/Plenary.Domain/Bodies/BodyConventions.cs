using Plenary.Domain.Documents;

namespace Plenary.Domain.Bodies;

/// <summary>What a body convenes: an expert group holds meetings ("the seventh meeting"), a commission or committee sessions.</summary>
public enum Convenes { Meetings, Sessions }

/// <summary>
/// How a body numbers its plenary meetings (sittings): afresh within each convening ("at its 1st meeting"),
/// or in one series across its sessions ("at its 71st plenary meeting").
/// </summary>
public enum SittingNumbering { WithinConvening, AcrossSessions }

/// <summary>What the body's documents call the persons States send: "experts" for an expert group, "representatives" otherwise.</summary>
public enum ParticipantTerm { Experts, Representatives }

/// <summary>
/// How a body's documents are written where bodies differ: what it convenes, how it numbers its sittings,
/// what it calls its participants, how its reports are titled, whether its annotated agendas say that no
/// documentation is foreseen under an item, and the symbol patterns of the documents Plenary issues for it.
/// </summary>
public sealed record BodyConventions(
    Convenes Convenes = Convenes.Meetings,
    SittingNumbering SittingNumbering = SittingNumbering.WithinConvening,
    ParticipantTerm Participants = ParticipantTerm.Representatives,
    string? ReportTitle = null,
    bool NoDocumentationNote = false,
    SymbolPatterns? Symbols = null)
{
    /// <summary>The conventions of an expert group like the reference case: meetings, experts, "no documentation" notes.</summary>
    public static BodyConventions ExpertGroup { get; } = new(Convenes.Meetings, SittingNumbering.WithinConvening, ParticipantTerm.Experts, null, true);
}

/// <summary>
/// The symbol patterns of the documents Plenary issues for a body, each with the tokens <c>{series}</c>
/// (the body's symbol series), <c>{year}</c> (the convening's year) and <c>{n}</c> (the next free number,
/// taken from the register). A pattern left out takes the default shown on each property.
/// </summary>
public sealed record SymbolPatterns(
    string? Agenda = null,
    string? Report = null,
    string? ListOfParticipants = null,
    string? ConferenceRoomPaper = null,
    string? Limited = null)
{
    public const string DefaultMain = "{series}/{year}/{n}";
    public const string DefaultListOfParticipants = "{series}/{year}/INF/{n}";
    public const string DefaultConferenceRoomPaper = "{series}/{year}/CRP.{n}";
    public const string DefaultLimited = "{series}/{year}/L.{n}";

    /// <summary>The pattern for a kind of document, the default where none is set.</summary>
    public SymbolPattern For(DocumentType type) => SymbolPattern.Create(type switch
    {
        DocumentType.ProvisionalAgenda => Agenda ?? DefaultMain,
        DocumentType.Report => Report ?? DefaultMain,
        DocumentType.InformationDocument => ListOfParticipants ?? DefaultListOfParticipants,
        DocumentType.ConferenceRoomPaper => ConferenceRoomPaper ?? DefaultConferenceRoomPaper,
        _ => Limited ?? DefaultLimited,
    });

    /// <summary>Checks every pattern that is set; each field is named in the message.</summary>
    public SymbolPatterns Checked() => new(
        Check(Agenda, "agenda", "symbol_pattern.agenda"), Check(Report, "report", "symbol_pattern.report"),
        Check(ListOfParticipants, "list of participants", "symbol_pattern.list_of_participants"),
        Check(ConferenceRoomPaper, "conference room paper", "symbol_pattern.conference_room_paper"),
        Check(Limited, "limited document", "symbol_pattern.limited"));

    private static string? Check(string? pattern, string what, string code) =>
        string.IsNullOrWhiteSpace(pattern) ? null : SymbolPattern.Create(pattern, what, code).Text;
}
