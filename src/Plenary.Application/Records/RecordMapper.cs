using System.Globalization;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Application.Records;

/// <summary>Writes the domain back in the record format: export, and the normal form that import compares.</summary>
public static class RecordMapper
{
    public const string SchemaReference = "../../docs/record-format.schema.json";

    /// <param name="participation">Each convening's delegations, statements and list of speakers, by meeting number (none: no participation written).</param>
    public static RecordFile ToRecord(Body body, Body? parent, IEnumerable<Meeting> meetings, IEnumerable<Document> documents, string? schema = SchemaReference,
        BuiltRecommendations? recommendations = null, IEnumerable<Plenary.Domain.Decisions.SilenceProcedure>? procedures = null,
        IReadOnlyDictionary<int, BuiltParticipation>? participation = null) => new()
    {
        Recommendations = RecommendationRecords.ToRecord(body, recommendations),
        Schema = schema,
        FormatVersion = RecordJson.CurrentVersion,
        Body = new BodyRecord
        {
            Slug = body.Slug,
            FullName = body.FullName,
            ShortName = body.ShortName,
            Secretariat = body.Secretariat,
            SymbolSeries = body.SymbolSeries,
            Membership = RecordJson.Name(body.Membership),
            Convenes = RecordJson.Name(body.Convenes),
            SittingNumbering = RecordJson.Name(body.SittingNumbering),
            Participants = RecordJson.Name(body.Participants),
            ReportTitle = body.ReportTitle,
            NoDocumentationNote = body.NoDocumentationNote,
            PlenaryMeetingsWithInterpretation = body.PlenaryMeetingsWithInterpretation,
            SymbolPatterns = body.SymbolPatterns is { Agenda: null, Report: null, ListOfParticipants: null, ConferenceRoomPaper: null, Limited: null } ? null
                : new SymbolPatternsRecord
                {
                    Agenda = body.AgendaSymbolPattern, Report = body.ReportSymbolPattern, ListOfParticipants = body.ListOfParticipantsSymbolPattern,
                    ConferenceRoomPaper = body.ConferenceRoomPaperSymbolPattern, Limited = body.LimitedSymbolPattern,
                },
            Parent = parent is null ? null : new ParentBodyRecord
            {
                Slug = parent.Slug, FullName = parent.FullName, ShortName = parent.ShortName,
                Secretariat = parent.Secretariat, SymbolSeries = parent.SymbolSeries,
            },
        },
        Mandates = body.Mandates.OrderBy(m => m.Position).Select(m => new MandateRecord
        {
            Kind = RecordJson.Name(m.Kind), Symbol = m.Symbol, Title = m.Title, Organ = m.Organ, Session = m.Session,
            AdoptedOn = m.AdoptedOn, Reference = m.Reference, Requests = m.Requests,
        }).ToList(),
        Workplans = body.Workplans.OrderBy(w => w.StartYear).Select(w => new WorkplanRecord
        {
            Title = w.Title, StartYear = w.StartYear, EndYear = w.EndYear, Symbol = w.Symbol, AdoptedAtMeeting = w.AdoptedAtMeeting,
            PreliminaryConclusions = w.PreliminaryConclusions,
            PlannedMeetings = w.PlannedMeetings.OrderBy(p => p.Position).Select(p => new PlannedMeetingRecord
            {
                Year = p.Year, MeetingNumber = p.MeetingNumber, Topics = [.. p.Topics], Stocktaking = p.IsStocktaking, Note = p.Note,
            }).ToList(),
        }).ToList(),
        Officers = body.Officers.OrderBy(o => o.Position).Select(o => new OfficerRecord
        {
            Office = RecordJson.Name(o.Office), OfficeTitle = o.OfficeTitle, Person = o.Person, State = o.State, RegionalGroup = o.RegionalGroup is { } g ? RecordJson.Name(g) : null,
            ElectedOn = o.ElectedOn, ElectedAt = o.ElectedAtConvening, TermEndsOn = o.TermEndsOn, ForLife = o.ForBodysLife,
            ReplacedBy = o.ReplacedBy is { } next ? body.OfficerWith(next)?.Person : null,
        }).ToList(),
        ExtendedBureau = body.ExtendedBureau.OrderBy(e => e.Position).Select(e => new ExtendedBureauSeatRecord
        {
            Role = RecordJson.Name(e.Role), RegionalGroup = e.RegionalGroup is { } g ? RecordJson.Name(g) : null, State = e.State, Person = e.Person, Organization = e.Organization,
            From = e.From, Until = e.Until,
        }).ToList(),
        Meetings = meetings.OrderBy(m => m.Number).Select(m => ToRecord(body, m) with { Participation = Participation(participation?.GetValueOrDefault(m.Number)) }).ToList(),
        SilenceProcedures = (procedures ?? []).Where(p => p.Status is Plenary.Domain.Decisions.ProcedureStatus.Adopted or Plenary.Domain.Decisions.ProcedureStatus.NotAdopted or Plenary.Domain.Decisions.ProcedureStatus.Withdrawn)
            .OrderBy(p => p.Number).Select(ToRecord).ToList(),
        Documents = documents.OrderBy(d => d.MeetingNumber ?? 0).ThenBy(d => DocumentSymbol.Create(d.Symbol)).Select(d => new DocumentRecord
        {
            Symbol = d.Symbol, Title = d.Title, Type = RecordJson.Name(d.Type), Meeting = d.MeetingNumber, AgendaItem = d.AgendaItem, IssuedOn = d.IssuedOn,
            Distribution = RecordJson.Name(d.Distribution), OriginalLanguage = d.OriginalLanguage, Languages = [.. d.LanguageVersions],
            Version = d.Version == 1 ? null : d.Version,
        }).ToList(),
    };

    private static MeetingRecord ToRecord(Body body, Meeting m) => new()
    {
        Number = m.Number,
        Kind = RecordJson.Name(m.Kind),
        // A regular convening whose ordinal is its number, as an expert group numbers its meetings, leaves it out.
        Ordinal = m.Kind == ConveningKind.Regular && m.Ordinal == m.Number && m.Designation is null ? null : m.Ordinal,
        Designation = m.Designation,
        Continues = m.Continues,
        FirstPlenaryMeetingNumber = m.FirstSittingNumber == 1 ? null : m.FirstSittingNumber,
        Venue = m.Venue,
        StartDate = m.StartDate,
        EndDate = m.EndDate,
        Format = RecordJson.Name(m.Format),
        Status = RecordJson.Name(m.Status),
        Stocktaking = m.IsStocktaking,
        Topics = [.. m.Topics],
        Summary = m.Summary,
        ReportSymbol = m.ReportSymbol,
        History = m.History.OrderBy(e => e.OccurredOn).Select(e => new MeetingEventRecord
        {
            Date = e.OccurredOn, Kind = RecordJson.Name(e.Kind), DecidedBy = e.DecidedBy, Means = RecordJson.Name(e.Means),
            PreviousStartDate = e.PreviousStart, PreviousEndDate = e.PreviousEnd, NewStartDate = e.NewStart, NewEndDate = e.NewEnd,
            Format = e.Format is { } f ? RecordJson.Name(f) : null, Details = e.Details,
            PlenaryMeeting = e.PlenaryMeetingNumber, RecordedBy = e.RecordedBy, RecordedAt = e.RecordedAt,
        }).ToList(),
        PlenaryMeetings = m.PlenaryMeetings.OrderBy(p => p.Number).Select(p => new PlenaryMeetingRecord
        {
            Number = p.Number, Date = p.Date,
            StartsAt = p.StartsAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            EndsAt = p.EndsAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Interpretation = [.. p.InterpretationLanguages],
        }).ToList(),
        Presiding = m is { OpenedBy: null, OpenedByOther: null, PresidedBy: null, PresidedOnBehalfOf: null, ClosedBy: null } ? null : new PresidingRecord
        {
            OpenedBy = Person(body, m.OpenedBy), OpenedByOther = m.OpenedByOther, PresidedBy = Person(body, m.PresidedBy),
            OnBehalfOf = Person(body, m.PresidedOnBehalfOf), ClosedBy = Person(body, m.ClosedBy),
        },
        SummaryByChair = m.SummaryByChair,
        Agenda = m.AgendaItems.Count == 0 && m.AgendaStatus == AgendaStatus.Provisional ? null : new AgendaRecord
        {
            Status = RecordJson.Name(m.AgendaStatus),
            AdoptedAtPlenaryMeeting = m.AgendaAdoptedAtPlenaryMeeting,
            Items = m.AgendaInOrder.Where(i => !i.Number.IsSubItem).Select(i => new AgendaItemRecord
            {
                Number = i.Item, Title = i.Title, Role = RecordJson.Name(i.Role), ShortTitle = i.ShortTitle, Annotation = i.Annotation,
                Documentation = Documentation(i), Panellists = Panellists(i),
                SubItems = m.AgendaInOrder.Where(s => s.Item == i.Item && s.Number.IsSubItem).Select(s => new AgendaSubItemRecord
                {
                    Letter = s.SubItem!, Title = s.Title, Role = RecordJson.Name(s.Role), ShortTitle = s.ShortTitle, Annotation = s.Annotation,
                    Documentation = Documentation(s), Panellists = Panellists(s),
                }).ToList(),
            }).ToList(),
        },
        OrganizationOfWork = m.OrganizationOfWork.OrderBy(r => r.Position).Select(r => r.NonWorking
            ? new WorkRowRecord { Date = r.Date, NonWorking = true, Description = r.Description }
            : new WorkRowRecord { PlenaryMeeting = r.PlenaryMeetingNumber, Item = r.AgendaItem, Continued = r.Continued, Title = r.Description }).ToList(),
    };

    private static string? Person(Body body, Guid? officer) => officer is { } id ? body.OfficerWith(id)?.Person : null;

    private static List<DocumentationRecord> Documentation(AgendaItem i) =>
        i.Documentation.OrderBy(d => d.Position).Select(d => new DocumentationRecord { Symbol = d.Symbol, Title = d.Title }).ToList();

    private static List<PanellistRecord> Panellists(AgendaItem i) =>
        i.Panellists.OrderBy(p => p.Position).Select(p => new PanellistRecord
        {
            Title = p.Title,
            Name = p.Name,
            // By code, as officers are; a store written before the register may hold a name, which is written as it is.
            State = p.State is null ? null : StateRegister.Find(p.State)?.Code ?? p.State,
            Organization = p.Organization,
        }).ToList();

    private static SilenceProcedureRecord ToRecord(Plenary.Domain.Decisions.SilenceProcedure p) => new()
    {
        Number = p.Number,
        Subject = RecordJson.Name(p.Subject),
        Meeting = p.MeetingNumber,
        Title = p.Title,
        DecisionText = p.DecisionText,
        Circle = RecordJson.Name(p.Circle),
        ProposedStartDate = p.ProposedStart,
        ProposedEndDate = p.ProposedEnd,
        ProposedFormat = p.ProposedFormat is { } f ? RecordJson.Name(f) : null,
        FormatArrangements = p.FormatArrangements,
        AttachedDocument = p.AttachedDocument,
        Deadline = new SilenceDeadlineRecord { Date = p.DeadlineDate, Time = p.DeadlineTime.ToString("HH:mm", CultureInfo.InvariantCulture), TimeZone = p.DeadlineTimeZone },
        CirculatedAt = p.CirculatedAt,
        Outcome = RecordJson.Name(p.Status),
        WithdrawnAt = p.Status == Plenary.Domain.Decisions.ProcedureStatus.Withdrawn ? p.ConcludedAt : null,
        Revises = p.RevisesNumber,
        Responses = p.Steps.Where(s => s.Response is not null).OrderBy(s => s.Position)
            .Select(s => new SilenceResponseRecord { At = s.At, By = s.By ?? "", Kind = RecordJson.Name(s.Response!.Value), Text = s.Text }).ToList(),
    };

    /// <summary>A convening's participation in the record format; null when it has none (the file then says nothing of it).</summary>
    private static ParticipationRecord? Participation(BuiltParticipation? p)
    {
        if (p is null || (p.Delegations.Count == 0 && p.Statements.Count == 0 && p.Speakers is null)) return null;
        string? Category(bool isState, ParticipantCategory category) => isState ? null : RecordJson.Name(category);
        return new ParticipationRecord
        {
            Delegations = p.Delegations
                .OrderBy(d => d.IsState ? 0 : 1).ThenBy(d => d.IsState ? StateRegister.FindByCode(d.Participant)?.Order ?? int.MaxValue : 0)
                .ThenBy(d => d.Participant, StringComparer.Ordinal)
                .Select(d => new DelegationRecord
                {
                    State = d.IsState ? d.Participant : null,
                    Organization = d.IsState ? null : d.Participant,
                    Category = Category(d.IsState, d.Category),
                    ApprovedAt = d.Status == DelegationStatus.Approved ? d.ApprovedAt : null,
                    Members = d.Members.OrderBy(m => m.Position).Select(m => new DelegationMemberRecord
                    {
                        Title = m.Title, FirstName = m.FirstName, FamilyName = m.FamilyName, Function = m.Function, Email = m.Email,
                        Role = RecordJson.Name(m.Role), Mode = RecordJson.Name(m.Mode),
                    }).ToList(),
                    Attended = [.. d.AttendedPlenaryMeetings],
                }).ToList(),
            Statements = p.Statements.OrderBy(s => s.PlenaryMeeting).ThenBy(s => AgendaItemNumber.Parse(s.Item))
                .ThenBy(s => s.IsState ? 0 : 1).ThenBy(s => s.IsState ? StateRegister.FindByCode(s.Participant)?.Order ?? int.MaxValue : 0)
                .ThenBy(s => s.Participant, StringComparer.Ordinal).ThenBy(s => s.OnBehalfOf, StringComparer.Ordinal).ThenBy(s => s.IsRightOfReply)
                .Select(s => new StatementRecord
                {
                    State = s.IsState ? s.Participant : null, Organization = s.IsState ? null : s.Participant, Category = Category(s.IsState, s.Category),
                    PlenaryMeeting = s.PlenaryMeeting, Item = s.Item, OnBehalfOf = s.OnBehalfOf, RightOfReply = s.IsRightOfReply,
                }).ToList(),
            Speakers = p.Speakers is not { } list ? null : new SpeakersRecord
            {
                PlenaryMeeting = list.PlenaryMeeting,
                Item = list.Item,
                TimeLimitSeconds = list.TimeLimitSeconds,
                Requests = list.Speakers
                    .OrderBy(x => x.Status switch { SpeakerStatus.Spoke => 0, SpeakerStatus.Speaking => 1, _ => 2 })
                    .ThenBy(x => x.Status == SpeakerStatus.Waiting ? DateTimeOffset.MinValue : x.StartedAt)
                    .ThenBy(x => AgendaItemNumber.Parse(x.Item)).ThenBy(x => x.Position)
                    .Select(x => new SpeakerRecord
                    {
                        State = x.IsState ? x.Participant : null, Organization = x.IsState ? null : x.Participant, Category = Category(x.IsState, x.Category),
                        Item = x.Item, OnBehalfOf = x.OnBehalfOf, RightOfReply = x.Kind == SpeakerKind.RightOfReply, Status = RecordJson.Name(x.Status),
                        PlenaryMeeting = x.Status == SpeakerStatus.Waiting ? null : x.PlenaryMeeting, ElapsedMs = x.ElapsedBeforeMs, FloorSince = x.FloorSince,
                    }).ToList(),
            },
        };
    }
}
