using System.Globalization;
using System.Text.RegularExpressions;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Domain.Recommendations;

/// <summary>
/// A preliminary conclusion or recommendation: a text suggested by one or more Member States at a convening,
/// recorded by the Rapporteur under a topic of the workplan (and an agenda item, where the Rapporteur gives
/// one). Its <see cref="Identifier"/> ("2020/IC/12": year, topic code, number) is given once and never
/// changes; a text merged into another or removed keeps it, and no other text ever receives it (ADR 0024).
/// </summary>
public sealed partial class PreliminaryText : IVersioned
{
    public const int MaxText = 4000;

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    /// <summary>The convening at which the text was suggested, by its number.</summary>
    public int MeetingNumber { get; private set; }
    public string Identifier { get; private set; } = "";
    public int Year { get; private set; }
    public string TopicCode { get; private set; } = "";
    public int Number { get; private set; }
    /// <summary>The workplan's topic, as the workplan writes it.</summary>
    public string Topic { get; private set; } = "";
    /// <summary>The agenda item under which the text was suggested ("2", "1 (a)"); null when the Rapporteur gives none.</summary>
    public string? AgendaItem { get; private set; }
    public TextKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>The language the text was suggested in (an official language's code).</summary>
    public string Language { get; private set; } = "en";
    /// <summary>The Member States that suggested it, by code, in the United Nations' order.</summary>
    public List<string> SuggestedBy { get; private set; } = [];
    public PreliminaryStatus Status { get; private set; }
    /// <summary>Why the Rapporteur removed the text from the list.</summary>
    public string? RemovalReason { get; private set; }
    /// <summary>The text this one was merged into at the convening, by its identifier.</summary>
    public string? MergedInto { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    private PreliminaryText() { }

    /// <summary>
    /// Records a text under <paramref name="topic"/> of the convening's workplan, with the next free
    /// <paramref name="number"/> of its year and topic (the store knows it: every number ever given counts).
    /// </summary>
    public static PreliminaryText Record(Body body, Meeting meeting, string? topic, string? agendaItem, TextKind kind, string? text,
        IEnumerable<string> suggestedBy, int number, DateTimeOffset at, string? language = null)
    {
        var topics = ConveningTopics.Require(body, meeting, body.Convenes);
        var chosen = topics.RequireTopic(topic);
        if (number < 1)
            throw new DomainException("preliminary.number", $"Texts are numbered from 1 within their year and topic; {number} is not a number.");
        var code = topics.Codes[chosen];
        var recorded = new PreliminaryText
        {
            Id = Guid.CreateVersion7(),
            BodyId = body.Id,
            MeetingNumber = meeting.Number,
            Year = topics.Year,
            TopicCode = code,
            Number = number,
            Identifier = Compose(topics.Year, code, number),
            Topic = chosen,
            Status = PreliminaryStatus.Listed,
            RecordedAt = at,
        };
        recorded.Amend(meeting, agendaItem, kind, text, suggestedBy, language);
        return recorded;
    }

    /// <summary>
    /// Rebuilds a text that a record file states, identifier and all: the identifier was given once and is kept as it is
    /// (its year must be the convening's; its topic code need not follow the workplan's present wording).
    /// </summary>
    public static PreliminaryText Restore(Body body, Meeting meeting, string? identifier, string? topic, string? agendaItem, TextKind kind, string? text,
        IEnumerable<string> suggestedBy, DateTimeOffset at, string? language)
    {
        var (year, code, number) = Parse(identifier);
        var topics = ConveningTopics.Require(body, meeting, body.Convenes);
        if (year != topics.Year)
            throw new DomainException("preliminary.identifier",
                $"The identifier {identifier} carries the year {year.ToString(CultureInfo.InvariantCulture)}, but the text was suggested at a convening of {topics.Year.ToString(CultureInfo.InvariantCulture)}.");
        var restored = new PreliminaryText
        {
            Id = Guid.CreateVersion7(),
            BodyId = body.Id,
            MeetingNumber = meeting.Number,
            Year = year,
            TopicCode = code,
            Number = number,
            Identifier = Compose(year, code, number),
            // A record states history: the topic stays as it was written, even if the workplan now words it otherwise.
            Topic = topics.FindTopic(topic) ?? Guard.Required(topic, "preliminary.topic", "The topic", 300),
            Status = PreliminaryStatus.Listed,
            RecordedAt = at,
        };
        restored.Amend(meeting, agendaItem, kind, text, suggestedBy, language);
        return restored;
    }

    /// <summary>"2020/IC/12".</summary>
    public static string Compose(int year, string code, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}/{code}/{number}");

    /// <summary>Reads an identifier ("2020/IC/12", any case); else the refusal that shows the form.</summary>
    public static (int Year, string Code, int Number) Parse(string? identifier)
    {
        var match = IdentifierPattern().Match(identifier?.Trim() ?? "");
        if (!match.Success)
            throw new DomainException("preliminary.identifier",
                $"'{identifier}' is not the identifier of a preliminary text; it is written year/topic/number, such as 2020/IC/12.");
        return (int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), match.Groups["code"].Value.ToUpperInvariant(),
            int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Whether <paramref name="identifier"/> has the form of an identifier.</summary>
    public static bool IsIdentifier(string? identifier) => IdentifierPattern().IsMatch(identifier?.Trim() ?? "");

    /// <summary>Changes what the text says, its kind, its agenda item, the States that suggested it and its language; its topic and identifier stay.</summary>
    public void Amend(Meeting meeting, string? agendaItem, TextKind kind, string? text, IEnumerable<string> suggestedBy, string? language = null)
    {
        AssertListed("amended");
        if (meeting.BodyId != BodyId || meeting.Number != MeetingNumber)
            throw new DomainException("preliminary.meeting", "The text was suggested at another convening.");
        if (!Enum.IsDefined(kind))
            throw new DomainException("preliminary.kind", "A text is a conclusion or a recommendation.");
        string? item = null;
        if (!string.IsNullOrWhiteSpace(agendaItem))
        {
            AgendaItemNumber number;
            try { number = AgendaItemNumber.Parse(agendaItem); }
            catch (DomainException e) { throw new DomainException("preliminary.agenda_item", e.Message); }
            if (!meeting.AgendaItems.Any(i => i.Number == number))
                throw new DomainException("preliminary.agenda_item",
                    meeting.AgendaItems.Count == 0
                        ? $"The convening has no agenda item {number}: no agenda is recorded for it. Leave the agenda item out, or record the agenda first."
                        : $"The convening has no agenda item {number}; its items are {Editorial.Lists.Join(meeting.AgendaInOrder.Select(i => i.Number.ToString()).ToList())}.");
            item = number.ToString();
        }
        var wording = Guard.Required(text, "preliminary.text", "The text", MaxText);
        var states = States(suggestedBy, "preliminary.suggested_by");
        (AgendaItem, Kind, Text, SuggestedBy, Language) = (item, kind, wording, states, OfficialLanguage.Normalise(language ?? Language));
    }

    /// <summary>Adds a Member State to those that suggested the text (a suggestion merged into it), and may amend its wording.</summary>
    public void Join(string state, string? amendedText = null)
    {
        AssertListed("joined");
        var code = StateRegister.Require(state, "preliminary.suggested_by", "The State").Code;
        SuggestedBy = States(SuggestedBy.Append(code), "preliminary.suggested_by");
        if (!string.IsNullOrWhiteSpace(amendedText)) Text = Guard.Required(amendedText, "preliminary.text", "The text", MaxText);
    }

    /// <summary>
    /// Merges this text into <paramref name="target"/>, another text of the same convening's list: the target
    /// takes this text's States; this one leaves the list but keeps its identifier, pointing at the target.
    /// </summary>
    public void MergeInto(PreliminaryText target)
    {
        AssertListed("merged");
        if (target == this || target.Id == Id)
            throw new DomainException("preliminary.merge", $"{Identifier} cannot be merged into itself; pick another text of the list.");
        if (target.BodyId != BodyId || target.MeetingNumber != MeetingNumber)
            throw new DomainException("preliminary.merge",
                $"{Identifier} can be merged only into a text of the same convening's list; {target.Identifier} was suggested at another. Texts of different convenings are brought together at the stocktaking convening.");
        if (target.Status != PreliminaryStatus.Listed)
            throw new DomainException("preliminary.merge", $"{target.Identifier} has left the list ({Describe(target)}); merge into a listed text.");
        target.SuggestedBy = States(target.SuggestedBy.Concat(SuggestedBy), "preliminary.suggested_by");
        Status = PreliminaryStatus.Merged;
        MergedInto = target.Identifier;
    }

    /// <summary>Takes the text off the list, for the reason given; its identifier stays taken.</summary>
    public void Remove(string? reason)
    {
        AssertListed("removed");
        RemovalReason = Guard.Required(reason, "preliminary.reason", "The reason for removing the text", 1000);
        Status = PreliminaryStatus.Removed;
    }

    /// <summary>Marks a text a record file states as merged or removed.</summary>
    public void RestoreStatus(PreliminaryStatus status, string? reason, string? mergedInto)
    {
        switch (status)
        {
            case PreliminaryStatus.Listed:
                break;
            case PreliminaryStatus.Removed:
                Remove(reason);
                break;
            case PreliminaryStatus.Merged:
                var (year, code, number) = Parse(mergedInto);
                if (Compose(year, code, number) == Identifier)
                    throw new DomainException("preliminary.merge", $"{Identifier} cannot be merged into itself.");
                (Status, MergedInto) = (PreliminaryStatus.Merged, Compose(year, code, number));
                break;
            default:
                throw new DomainException("preliminary.status", "A text is listed, merged or removed.");
        }
    }

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    /// <summary>"removed: duplicate of 2020/IC/3", "merged into 2020/IC/3".</summary>
    public static string Describe(PreliminaryText text) => text.Status switch
    {
        PreliminaryStatus.Listed => "listed",
        PreliminaryStatus.Merged => $"merged into {text.MergedInto}",
        PreliminaryStatus.Removed => $"removed: {text.RemovalReason}",
        _ => throw new ArgumentOutOfRangeException(nameof(text), text.Status, "Not a status."),
    };

    private void AssertListed(string what)
    {
        if (Status != PreliminaryStatus.Listed)
            throw new DomainException("preliminary.status", $"{Identifier} has left the list ({Describe(this)}), so it cannot be {what}.");
    }

    /// <summary>Member States from the register, at least one, each once, in the United Nations' order.</summary>
    internal static List<string> States(IEnumerable<string> given, string code)
    {
        var states = new List<State>();
        foreach (var s in given.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            var state = StateRegister.Require(s, code, "A suggesting State");
            if (state.IsObserver)
                throw new DomainException(code, $"Preliminary conclusions and recommendations are suggested by Member States; {state.NameInText} is an observer State.");
            if (!states.Contains(state)) states.Add(state);
        }
        if (states.Count == 0)
            throw new DomainException(code, "Name at least one Member State that suggested the text.");
        return states.OrderBy(s => s.Order).Select(s => s.Code).ToList();
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})/(?<code>[A-Za-z][A-Za-z0-9]{0,7})/(?<n>[1-9][0-9]{0,4})$")]
    private static partial Regex IdentifierPattern();
}
