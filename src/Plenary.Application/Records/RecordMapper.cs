using System.Globalization;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Records;

/// <summary>Writes the domain back in the record format: export, and the normal form that import compares.</summary>
public static class RecordMapper
{
    public const string SchemaReference = "../../docs/record-format.schema.json";

    public static RecordFile ToRecord(Body body, Body? parent, IEnumerable<Meeting> meetings, IEnumerable<Document> documents, string? schema = SchemaReference) => new()
    {
        Schema = schema,
        FormatVersion = 1,
        Body = new BodyRecord
        {
            Slug = body.Slug,
            FullName = body.FullName,
            ShortName = body.ShortName,
            Secretariat = body.Secretariat,
            SymbolSeries = body.SymbolSeries,
            Membership = RecordJson.Name(body.Membership),
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
            PlannedMeetings = w.PlannedMeetings.OrderBy(p => p.Position).Select(p => new PlannedMeetingRecord
            {
                Year = p.Year, MeetingNumber = p.MeetingNumber, Topics = [.. p.Topics], Stocktaking = p.IsStocktaking, Note = p.Note,
            }).ToList(),
        }).ToList(),
        Meetings = meetings.OrderBy(m => m.Number).Select(ToRecord).ToList(),
        Documents = documents.OrderBy(d => d.MeetingNumber ?? 0).ThenBy(d => DocumentSymbol.Create(d.Symbol)).Select(d => new DocumentRecord
        {
            Symbol = d.Symbol, Title = d.Title, Type = RecordJson.Name(d.Type), Meeting = d.MeetingNumber, IssuedOn = d.IssuedOn,
            Distribution = RecordJson.Name(d.Distribution), OriginalLanguage = d.OriginalLanguage, Languages = [.. d.LanguageVersions],
            Version = d.Version == 1 ? null : d.Version,
        }).ToList(),
    };

    private static MeetingRecord ToRecord(Meeting m) => new()
    {
        Number = m.Number,
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
        }).ToList(),
        PlenaryMeetings = m.PlenaryMeetings.OrderBy(p => p.Number).Select(p => new PlenaryMeetingRecord
        {
            Number = p.Number, Date = p.Date,
            StartsAt = p.StartsAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            EndsAt = p.EndsAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Interpretation = [.. p.InterpretationLanguages],
        }).ToList(),
        Bureau = m.Bureau.OrderBy(b => b.Position).Select(b => new BureauPostRecord
        {
            Office = RecordJson.Name(b.Office), Person = b.Person, State = b.State, RegionalGroup = b.RegionalGroup,
            OpenedMeeting = b.OpenedMeeting, PresidedOnBehalfOfChair = b.PresidedOnBehalfOfChair,
        }).ToList(),
        Agenda = m.AgendaItems.Count == 0 && m.AgendaStatus == AgendaStatus.Provisional ? null : new AgendaRecord
        {
            Status = RecordJson.Name(m.AgendaStatus),
            AdoptedAtPlenaryMeeting = m.AgendaAdoptedAtPlenaryMeeting,
            Items = m.AgendaInOrder.Where(i => !i.Number.IsSubItem).Select(i => new AgendaItemRecord
            {
                Number = i.Item, Title = i.Title, ShortTitle = i.ShortTitle, Annotation = i.Annotation,
                Documentation = Documentation(i), Panellists = Panellists(i),
                SubItems = m.AgendaInOrder.Where(s => s.Item == i.Item && s.Number.IsSubItem).Select(s => new AgendaSubItemRecord
                {
                    Letter = s.SubItem!, Title = s.Title, ShortTitle = s.ShortTitle, Annotation = s.Annotation,
                    Documentation = Documentation(s), Panellists = Panellists(s),
                }).ToList(),
            }).ToList(),
        },
        OrganizationOfWork = m.OrganizationOfWork.OrderBy(r => r.Position).Select(r => r.NonWorking
            ? new WorkRowRecord { Date = r.Date, NonWorking = true, Description = r.Description }
            : new WorkRowRecord { PlenaryMeeting = r.PlenaryMeetingNumber, Item = r.AgendaItem, Continued = r.Continued, Title = r.Description }).ToList(),
    };

    private static List<DocumentationRecord> Documentation(AgendaItem i) =>
        i.Documentation.OrderBy(d => d.Position).Select(d => new DocumentationRecord { Symbol = d.Symbol, Title = d.Title }).ToList();

    private static List<PanellistRecord> Panellists(AgendaItem i) =>
        i.Panellists.OrderBy(p => p.Position).Select(p => new PanellistRecord { Name = p.Name, State = p.State, Organization = p.Organization }).ToList();
}
