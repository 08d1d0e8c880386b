using System.Globalization;
using Plenary.Domain;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Application.Records;

/// <summary>What a record file builds: a body, its meetings and its documents, all checked by the domain.</summary>
public sealed record BuiltRecord(Body Body, IReadOnlyList<Meeting> Meetings, IReadOnlyList<Document> Documents)
{
    /// <summary>Conclusions and recommendations (RecommendationRecords).</summary>
    public BuiltRecommendations Recommendations { get; init; } = BuiltRecommendations.None;
    /// <summary>The concluded silence procedures the record holds.</summary>
    public IReadOnlyList<Plenary.Domain.Decisions.SilenceProcedure> Procedures { get; init; } = [];

    /// <summary>The participation the file gives, for the meetings whose record has a <c>participation</c> (by meeting number).</summary>
    public IReadOnlyDictionary<int, BuiltParticipation> Participation { get; init; } = new Dictionary<int, BuiltParticipation>();
}

/// <summary>A convening's delegations, statements and list of speakers, built through the domain from a record file.</summary>
public sealed record BuiltParticipation(IReadOnlyList<Delegation> Delegations, IReadOnlyList<Statement> Statements, SpeakersList? Speakers);

/// <summary>
/// Turns a record file (already valid against the schema) into domain objects. Each element is
/// built through the domain's own methods, so every business rule applies; a broken rule becomes
/// a <see cref="RecordError"/> at that element's path and building goes on, so that one pass
/// reports every error in the file.
/// </summary>
public sealed class RecordBuilder
{
    private readonly List<RecordError> _errors = [];

    public IReadOnlyList<RecordError> Errors => _errors;

    /// <summary>Builds the record; into <paramref name="existing"/> when the body is already stored.</summary>
    public BuiltRecord? Build(RecordFile file, Body? existing = null)
    {
        var body = Try("$.body", file.Body, () =>
        {
            var b = file.Body;
            var membership = Enum<Membership>(b.Membership);
            if (existing is null)
                return Body.Create(b.Slug, b.FullName, b.ShortName, b.Secretariat, b.SymbolSeries, membership);
            existing.Rename(b.Slug, b.FullName, b.ShortName);
            existing.Describe(b.Secretariat, b.SymbolSeries, membership);
            existing.ClearRecord();
            return existing;
        }, symbolField: "symbolSeries");
        if (file.Body.Parent is { } parent)
        {
            if (parent.Slug == file.Body.Slug)
                Error("$.body.parent.slug", "A body cannot be its own parent; give the parent body's own slug.");
            Try("$.body.parent", parent, () => Body.Create(parent.Slug, parent.FullName, parent.ShortName, parent.Secretariat, parent.SymbolSeries, Membership.Listed), symbolField: "symbolSeries");
        }
        // A body that breaks a rule is stood in for, so that the rest of the file is still checked
        // and every error is reported in one pass; the error already recorded refuses the file.
        body ??= Body.Create("refused", "Refused body", "Refused", null, null, Membership.OpenEnded);
        var b = file.Body;
        Try("$.body", b, () =>
        {
            var p = b.SymbolPatterns;
            body.SetConventions(new BodyConventions(Enum<Convenes>(b.Convenes), Enum<SittingNumbering>(b.SittingNumbering),
                Enum<ParticipantTerm>(b.Participants), b.ReportTitle, b.NoDocumentationNote,
                p is null ? null : new SymbolPatterns(p.Agenda, p.Report, p.ListOfParticipants, p.ConferenceRoomPaper, p.Limited)));
            body.SetConferenceServices(b.PlenaryMeetingsWithInterpretation);
            return body;
        });

        for (var i = 0; i < file.Mandates.Count; i++)
        {
            var m = file.Mandates[i];
            Try($"$.mandates[{i}]", m, () => body.AddMandate(Enum<MandateKind>(m.Kind), m.Symbol, m.Title, m.Organ, m.Session, m.AdoptedOn, m.Reference, m.Requests));
        }

        for (var i = 0; i < file.Workplans.Count; i++)
        {
            var w = file.Workplans[i];
            var path = $"$.workplans[{i}]";
            var workplan = Try(path, w, () => body.AddWorkplan(w.Title, w.StartYear, w.EndYear, w.Symbol, w.AdoptedAtMeeting));
            if (workplan is null) continue;
            workplan.ProvideForPreliminaryConclusions(w.PreliminaryConclusions);
            for (var j = 0; j < w.PlannedMeetings.Count; j++)
            {
                var p = w.PlannedMeetings[j];
                Try($"{path}.plannedMeetings[{j}]", p, () => { body.PlanInWorkplan(workplan.Id, p.Year, p.MeetingNumber, p.Topics, p.Stocktaking, p.Note); return workplan; });
            }
        }

        BuildOfficers(body, file);

        var meetings = new List<Meeting>();
        var built = new List<(Meeting Meeting, MeetingRecord Record, string Path)>();
        for (var i = 0; i < file.Meetings.Count; i++)
        {
            var path = $"$.meetings[{i}]";
            var record = file.Meetings[i];
            var repeated = file.Meetings.Take(i).Any(m => m.Number == record.Number);
            if (repeated)
                Error($"{path}.number", $"Convening {record.Number} appears more than once; each convening of a body has its own number.");
            // A repeated meeting is still built, so that its own errors are reported too.
            if (BuildMeeting(body, record, path) is { } meeting)
            {
                if (!repeated) meetings.Add(meeting);
                built.Add((meeting, record, path));
            }
        }
        // What a convening is named and who presided over it depend on the others and on the officers.
        for (var k = 0; k < built.Count; k++)
        {
            var (meeting, r, path) = built[k];
            var before = built.Take(k).Select(x => x.Meeting).ToList();
            var continues = r.Continues is { } n ? meetings.FirstOrDefault(m => m.Number == n) : null;
            if (r.Continues is { } missing && continues is null)
            {
                Error($"{path}.continues", $"The convening continues convening {missing}, which this record does not hold.");
                continue;
            }
            var named = Try(path, r, () =>
            {
                meeting.Designate(Enum<ConveningKind>(r.Kind), r.Ordinal ?? (r.Kind == "regular" && r.Designation is null ? r.Number : null), r.Designation, continues);
                meeting.EnsureNamedApartFrom(before, body.Convenes);
                return meeting;
            });
            if (named is not null && r.Presiding is { } presiding)
                Try($"{path}.presiding", presiding, () =>
                {
                    meeting.RecordPresiding(body, Officer(body, meeting, presiding.OpenedBy), presiding.OpenedByOther,
                        Officer(body, meeting, presiding.PresidedBy), Officer(body, meeting, presiding.OnBehalfOf), Officer(body, meeting, presiding.ClosedBy));
                    return meeting;
                });
        }

        var documents = new List<Document>();
        for (var i = 0; i < file.Documents.Count; i++)
        {
            var d = file.Documents[i];
            var path = $"$.documents[{i}]";
            if (d.Meeting is { } n && file.Meetings.All(m => m.Number != n))
                Error($"{path}.meeting", $"The document belongs to convening {n}, which this record does not hold.");
            var document = Try(path, d, () =>
            {
                var registered = Document.Register(body.Id, d.Meeting, d.Symbol, d.Title, Enum<DocumentType>(d.Type),
                    d.IssuedOn, Enum<Distribution>(d.Distribution), d.OriginalLanguage, d.Languages);
                if (d.Version is { } version) registered.StateVersion(version);
                if (d.AgendaItem is { } item)
                {
                    registered.IssueUnderAgendaItem(item);
                    if (meetings.FirstOrDefault(m => m.Number == d.Meeting) is { } meeting) meeting.AgendaItem(AgendaItemNumber.Parse(item));
                }
                return registered;
            });
            if (document is null) continue;
            if (documents.Any(x => x.Symbol == document.Symbol))
                Error($"{path}.symbol", $"The symbol {document.Symbol} is registered twice; a symbol names one document.");
            else
                documents.Add(document);
        }

        var recommendations = RecommendationRecords.Build(file.Recommendations, body, meetings, _errors);
        var procedures = BuildProcedures(body, file);
        var participation = new Dictionary<int, BuiltParticipation>();
        foreach (var (meeting, r, path) in built)
            if (r.Participation is { } p && meetings.Contains(meeting))
                participation[meeting.Number] = BuildParticipation(meeting, p, $"{path}.participation");

        return _errors.Count == 0 ? new BuiltRecord(body, meetings, documents) { Recommendations = recommendations, Procedures = procedures, Participation = participation } : null;
    }

    /// <summary>A convening's participation, through the domain: delegations opened and completed as the Secretariat would, statements recorded, the list restored.</summary>
    private BuiltParticipation BuildParticipation(Meeting meeting, ParticipationRecord p, string path)
    {
        var delegations = new List<Delegation>();
        for (var i = 0; i < p.Delegations.Count; i++)
        {
            var d = p.Delegations[i];
            var dPath = $"{path}.delegations[{i}]";
            var delegation = Try(dPath, d, () =>
            {
                var (isState, participant, category) = Participant(d.State, d.Organization, d.Category);
                if (delegations.Any(x => x.IsState == isState && x.Participant == participant))
                    throw new DomainException("delegation.participant", $"The delegation of {(isState ? StateRegister.NameOf(participant) : participant)} appears twice; a participant has one delegation.");
                return Delegation.Open(meeting, participant, isState, category, bySecretariat: true);
            });
            if (delegation is null) continue;
            for (var k = 0; k < d.Members.Count; k++)
            {
                var m = d.Members[k];
                Try($"{dPath}.members[{k}]", m, () => delegation.AddMember(PersonName.Create(m.Title, m.FirstName, m.FamilyName, "delegation.member"), m.Function, m.Email,
                    Enum<DelegationRole>(m.Role), Enum<ParticipationMode>(m.Mode)));
            }
            foreach (var n in d.Attended)
                Try($"{dPath}.attended", d, () => { delegation.CheckIn(meeting, n); return delegation; });
            if (d.ApprovedAt is { } approved) Try($"{dPath}.approvedAt", d, () => { delegation.RecordApproval(approved); return delegation; });
            delegations.Add(delegation);
        }

        var statements = new List<Statement>();
        for (var i = 0; i < p.Statements.Count; i++)
        {
            var st = p.Statements[i];
            var statement = Try($"{path}.statements[{i}]", st, () =>
            {
                var (isState, participant, category) = Participant(st.State, st.Organization, st.Category);
                return Statement.Record(meeting, st.PlenaryMeeting, AgendaItemNumber.Parse(st.Item), isState, participant, category, st.OnBehalfOf, st.RightOfReply);
            });
            if (statement is not null) statements.Add(statement);
        }

        SpeakersList? speakers = null;
        if (p.Speakers is { } s)
        {
            var sPath = $"{path}.speakers";
            speakers = Try(sPath, s, () =>
            {
                var list = SpeakersList.Open(meeting, fromRecord: true);
                list.LimitSpeakingTime(s.TimeLimitSeconds);
                return list;
            });
            if (speakers is not null)
            {
                if (s.PlenaryMeeting is { } sitting && s.Item is { } item)
                    Try(sPath, s, () => { speakers.TakeUp(meeting, sitting, AgendaItemNumber.Parse(item), fromRecord: true); return speakers; });
                else if (s.PlenaryMeeting is not null || s.Item is not null)
                    Error(sPath, "Give both the plenary meeting in progress and the item under consideration, or neither.");
                // Restored one after another, a millisecond apart, so that those who have spoken keep their order.
                var at = DateTimeOffset.UnixEpoch;
                var waiting = new List<Speaker>();
                for (var i = 0; i < s.Requests.Count; i++)
                {
                    var r = s.Requests[i];
                    var restored = Try($"{sPath}.requests[{i}]", r, () =>
                    {
                        var (isState, participant, category) = Participant(r.State, r.Organization, r.Category);
                        return speakers.Restore(meeting, AgendaItemNumber.Parse(r.Item), isState, participant, category, r.OnBehalfOf,
                            r.RightOfReply ? SpeakerKind.RightOfReply : SpeakerKind.Statement, Enum<SpeakerStatus>(r.Status), r.PlenaryMeeting, r.ElapsedMs, r.FloorSince, at.AddMilliseconds(i));
                    });
                    if (restored is { Status: SpeakerStatus.Waiting }) waiting.Add(restored);
                }
                foreach (var group in waiting.GroupBy(w => w.Item))
                {
                    var order = group.ToList();
                    for (var k = 0; k < order.Count; k++) speakers.Move(order[k].Id, k + 1);
                }
            }
        }
        return new BuiltParticipation(delegations, statements, speakers);
    }

    /// <summary>A participant as a record names it: a State of the register (by code or name), or an organization with its category.</summary>
    private static (bool IsState, string Participant, ParticipantCategory Category) Participant(string? state, string? organization, string? category)
    {
        if (state is not null && organization is not null)
            throw new DomainException("participant", "Give a State or an organization, not both.");
        if (state is not null)
        {
            var found = StateRegister.Require(state, "participant.state");
            return (true, found.Code, found.Category);
        }
        if (string.IsNullOrWhiteSpace(organization))
            throw new DomainException("participant", "Give the State (by its code, such as ZAF) or the organization.");
        if (category is null || !ParticipantCategories.TryParseOrganizationCategory(category, out var c))
            throw new DomainException("participant.category", $"Give the organization's category: one of {string.Join(", ", ParticipantCategories.Organizations.Select(RecordJson.Name))}.");
        return (false, organization.Trim(), c);
    }

    /// <summary>The concluded silence procedures: each through the domain (its outcome must follow from its responses), revisions linked by number.</summary>
    private List<Plenary.Domain.Decisions.SilenceProcedure> BuildProcedures(Body body, RecordFile file)
    {
        var procedures = new List<Plenary.Domain.Decisions.SilenceProcedure>();
        for (var i = 0; i < file.SilenceProcedures.Count; i++)
        {
            var r = file.SilenceProcedures[i];
            var path = $"$.silenceProcedures[{i}]";
            // Against the file's meetings, so that a meeting refused for a rule of its own is not reported again here.
            if (r.Meeting is { } n && file.Meetings.All(m => m.Number != n))
                Error($"{path}.meeting", $"The procedure concerns convening {n}, which this record does not hold.");
            if (procedures.Any(p => p.Number == r.Number))
            {
                Error($"{path}.number", $"Silence procedure {r.Number} appears more than once; each procedure of a body has its own number.");
                continue;
            }
            var procedure = Try(path, r, () =>
            {
                if (!TimeOnly.TryParseExact(r.Deadline.Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                    throw new DomainException("silence.deadline_time", $"The deadline's time '{r.Deadline.Time}' is not HH:mm.");
                var proposal = new Plenary.Domain.Decisions.SilenceProposal(Enum<Plenary.Domain.Decisions.ProcedureSubject>(r.Subject), r.Meeting, r.Title, r.DecisionText,
                    Enum<Plenary.Domain.Decisions.ProcedureCircle>(r.Circle), r.Deadline.Date, time, r.Deadline.TimeZone,
                    r.ProposedStartDate, r.ProposedEndDate, r.ProposedFormat is null ? null : Enum<MeetingFormat>(r.ProposedFormat), r.FormatArrangements, r.AttachedDocument);
                return Plenary.Domain.Decisions.SilenceProcedure.FromHistory(body.Id, r.Number, proposal, r.CirculatedAt, Enum<Plenary.Domain.Decisions.ProcedureStatus>(r.Outcome), r.WithdrawnAt,
                    r.Responses.Select(x => (x.At, x.By, Enum<Plenary.Domain.Decisions.ResponseKind>(x.Kind), x.Text)));
            });
            if (procedure is null) continue;
            if (r.Revises is { } first)
            {
                if (procedures.FirstOrDefault(p => p.Number == first) is { } original)
                    Try($"{path}.revises", () => { procedure.RecordRevisionOf(original); return procedure; });
                else
                    Error($"{path}.revises", $"Silence procedure {r.Number} revises procedure {first}, which does not come before it in this record.");
            }
            procedures.Add(procedure);
        }
        return procedures;
    }

    private Meeting? BuildMeeting(Body body, MeetingRecord r, string path)
    {
        var meeting = Try(path, r, () =>
        {
            var m = Meeting.Schedule(body.Id, r.Number, r.Venue, DateRange.Create(r.StartDate, r.EndDate), Enum<MeetingFormat>(r.Format));
            m.Describe(r.Topics, r.Summary, r.ReportSymbol, r.Stocktaking);
            m.AttributeSummary(r.SummaryByChair);
            m.NumberSittingsFrom(r.FirstPlenaryMeetingNumber ?? 1, body.SittingNumbering);
            return m;
        }, symbolField: "reportSymbol");
        if (meeting is null) return null;

        for (var i = 0; i < r.History.Count; i++)
        {
            var e = r.History[i];
            Try($"{path}.history[{i}]", e, () => meeting.RecordEvent(e.Date, Enum<MeetingEventKind>(e.Kind), e.DecidedBy, Enum<DecisionMeans>(e.Means),
                Range(e.PreviousStartDate, e.PreviousEndDate, "previous"), Range(e.NewStartDate, e.NewEndDate, "new"),
                e.Format is null ? null : Enum<MeetingFormat>(e.Format), e.Details, e.PlenaryMeeting, e.RecordedBy, e.RecordedAt));
        }

        for (var i = 0; i < r.PlenaryMeetings.Count; i++)
        {
            var p = r.PlenaryMeetings[i];
            var pPath = $"{path}.plenaryMeetings[{i}]";
            if (p.Number != i + 1)
            {
                Error($"{pPath}.number", $"Plenary meetings are numbered 1, 2, 3 ... in the order they are held; this one should be {i + 1}, not {p.Number}.");
                continue;
            }
            Try(pPath, p, () => meeting.AddPlenaryMeeting(p.Date, Time(p.StartsAt, "startsAt"), Time(p.EndsAt, "endsAt"), p.Interpretation));
        }

        if (r.Agenda is { } agenda)
        {
            for (var i = 0; i < agenda.Items.Count; i++)
            {
                var item = agenda.Items[i];
                var iPath = $"{path}.agenda.items[{i}]";
                var built = Try(iPath, item, () => meeting.AddAgendaItem(AgendaItemNumber.Of(item.Number), item.Title, item.ShortTitle, item.Annotation, Role(item.Role, item.Title)));
                if (built is null) continue;
                AddDetails(built, item.Documentation, item.Panellists, iPath);
                for (var j = 0; j < item.SubItems.Count; j++)
                {
                    var sub = item.SubItems[j];
                    var sPath = $"{iPath}.subItems[{j}]";
                    var builtSub = Try(sPath, sub, () => meeting.AddAgendaItem(AgendaItemNumber.Of(item.Number, sub.Letter[0]), sub.Title, sub.ShortTitle, sub.Annotation, Role(sub.Role, sub.Title)));
                    if (builtSub is not null) AddDetails(builtSub, sub.Documentation, sub.Panellists, sPath);
                }
            }
            var status = Enum<AgendaStatus>(agenda.Status);
            if (status == AgendaStatus.Adopted)
            {
                if (agenda.AdoptedAtPlenaryMeeting is null)
                    Error($"{path}.agenda.adoptedAtPlenaryMeeting", "An adopted agenda must say at which plenary meeting it was adopted.");
                else
                    Try($"{path}.agenda.adoptedAtPlenaryMeeting", () => { meeting.AdoptAgenda(agenda.AdoptedAtPlenaryMeeting.Value); return meeting; });
            }
            else if (agenda.AdoptedAtPlenaryMeeting is not null)
            {
                Error($"{path}.agenda.adoptedAtPlenaryMeeting", "A provisional agenda has not been adopted; remove this field or set the status to \"adopted\".");
            }
        }

        for (var i = 0; i < r.OrganizationOfWork.Count; i++)
        {
            var w = r.OrganizationOfWork[i];
            var wPath = $"{path}.organizationOfWork[{i}]";
            Try(wPath, w, () =>
            {
                if (w.NonWorking)
                {
                    if (w.Date is null) throw new DomainException("work.date", "A non-working row needs its date.");
                    return meeting.PlanNonWorkingDay(w.Date.Value, w.Description ?? "");
                }
                if (w.PlenaryMeeting is null || w.Item is null)
                    throw new DomainException("work.row", "A working row names its plenaryMeeting and its agenda item; a day without meetings is a row with \"nonWorking\": true.");
                if (w.Date is { } date && date != meeting.PlenaryMeeting(w.PlenaryMeeting.Value).Date)
                    throw new DomainException("work.date", $"Plenary meeting {w.PlenaryMeeting} is held on {Dates.Day(meeting.PlenaryMeeting(w.PlenaryMeeting.Value).Date)}, not on {Dates.Day(date)}.");
                return meeting.PlanWork(w.PlenaryMeeting.Value, AgendaItemNumber.Parse(w.Item), w.Continued, w.Title);
            });
        }

        // The status comes last: the record states it as it is now.
        Try($"{path}.status", () =>
        {
            switch (Enum<MeetingStatus>(r.Status))
            {
                case MeetingStatus.Held: meeting.MarkHeld(); break;
                case MeetingStatus.Cancelled: meeting.Cancel(); break;
                case MeetingStatus.Postponed: meeting.MarkPostponed(); break;
            }
            return meeting;
        });
        return meeting;
    }

    private void BuildOfficers(Body body, RecordFile file)
    {
        var officers = new Dictionary<int, Officer>();
        for (var i = 0; i < file.Officers.Count; i++)
        {
            var o = file.Officers[i];
            if (Try($"$.officers[{i}]", o, () => body.ElectOfficer(new OfficerTerm(Enum<BureauOffice>(o.Office), o.Person, o.State, o.RegionalGroup,
                    o.ElectedOn, o.ElectedAt, o.TermEndsOn, o.ForLife, o.OfficeTitle))) is { } officer)
                officers[i] = officer;
        }
        foreach (var (i, officer) in officers)
        {
            if (file.Officers[i].ReplacedBy is not { } name) continue;
            var successor = body.Officers.Where(o => o != officer && string.Equals(o.Person, name.Trim(), StringComparison.Ordinal)
                && (officer.ElectedOn is null || o.ElectedOn > officer.ElectedOn)).OrderBy(o => o.ElectedOn).FirstOrDefault();
            if (successor is null)
                Error($"$.officers[{i}].replacedBy", $"No officer named {name} elected after {officer.Person} is recorded in $.officers.");
            else
                Try($"$.officers[{i}]", file.Officers[i], () => { body.RecordReplacement(officer.Position, successor.Position); return officer; });
        }
        for (var i = 0; i < file.ExtendedBureau.Count; i++)
        {
            var e = file.ExtendedBureau[i];
            Try($"$.extendedBureau[{i}]", e, () => body.SeatInExtendedBureau(new ExtendedBureauSeat(Enum<ExtendedBureauRole>(e.Role), e.RegionalGroup, e.State, e.Person, e.Organization, e.From, e.Until)));
        }
    }

    /// <summary>The officer of that name whose term covers the convening: how a record file names one.</summary>
    private static Officer? Officer(Body body, Meeting meeting, string? person)
    {
        if (string.IsNullOrWhiteSpace(person)) return null;
        var named = body.Officers.Where(o => string.Equals(o.Person, person.Trim(), StringComparison.Ordinal)).ToList();
        if (named.Count == 0)
            throw new DomainException("convening.presiding", $"No officer named {person} is recorded in $.officers; name an officer of the body, or give openedByOther for someone else.");
        return named.FirstOrDefault(o => body.InOffice(o, meeting.StartDate, meeting.EndDate))
            ?? throw new DomainException("convening.presiding",
                $"{person} was not in office on the convening's dates ({Dates.Masthead(meeting.StartDate, meeting.EndDate)}), according to the terms in $.officers.");
    }

    private static AgendaItemRole Role(string? role, string title) => role is null ? AgendaItemRoles.Infer(title) : Enum<AgendaItemRole>(role);

    private void AddDetails(AgendaItem item, List<DocumentationRecord> documentation, List<PanellistRecord> panellists, string path)
    {
        for (var k = 0; k < documentation.Count; k++)
        {
            var d = documentation[k];
            Try($"{path}.documentation[{k}]", d, () => { item.AddDocumentation(d.Symbol, d.Title); return item; });
        }
        for (var k = 0; k < panellists.Count; k++)
        {
            var p = panellists[k];
            Try($"{path}.panellists[{k}]", p, () => { item.AddPanellist(p.Title, p.Name, p.State, p.Organization); return item; });
        }
    }

    private static DateRange? Range(DateOnly? start, DateOnly? end, string which) => (start, end) switch
    {
        (null, null) => null,
        ({ } s, { } e) => DateRange.Create(s, e),
        _ => throw new DomainException("event.dates", $"Give both {which}StartDate and {which}EndDate, or neither."),
    };

    private static TimeOnly? Time(string? text, string field)
    {
        if (text is null) return null;
        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new DomainException("plenary.times", $"{field} '{text}' is not a time written HH:mm, such as 10:00 or 15:00.");
    }

    private static TEnum Enum<TEnum>(string text) where TEnum : struct, Enum =>
        RecordJson.TryParse<TEnum>(text, out var value)
            ? value
            : throw new DomainException("record.enum", $"'{text}' is not one of: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(RecordJson.Name))}.");

    private T? Try<T>(string path, Func<T> build) where T : class => Try(path, null, build);

    /// <summary>
    /// Builds one element; a broken rule is reported at the field it concerns when that field is
    /// one of <paramref name="record"/>'s own (an end date before the start at ".endDate").
    /// </summary>
    private T? Try<T>(string path, object? record, Func<T> build, string symbolField = "symbol") where T : class
    {
        try
        {
            return build();
        }
        catch (DomainException e)
        {
            var field = e.Code == "symbol.invalid" ? symbolField : FieldOf.GetValueOrDefault(e.Code);
            var owned = field is not null && record?.GetType().GetProperty(field, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase) is not null;
            Error(owned ? $"{path}.{field}" : path, e.Message);
            return null;
        }
    }

    // Which field of a record element a rule is about, by the rule's code.
    private static readonly Dictionary<string, string> FieldOf = new()
    {
        ["dates.end_before_start"] = "endDate",
        ["meeting.number"] = "number",
        ["meeting.venue"] = "venue",
        ["meeting.topic"] = "topics",
        ["body.slug"] = "slug",
        ["body.full_name"] = "fullName",
        ["body.short_name"] = "shortName",
        ["body.secretariat"] = "secretariat",
        ["mandate.symbol"] = "symbol",
        ["mandate.title"] = "title",
        ["mandate.organ"] = "organ",
        ["mandate.session"] = "session",
        ["mandate.reference"] = "reference",
        ["workplan.period"] = "endYear",
        ["workplan.start_year"] = "startYear",
        ["body.symbol_series"] = "symbolSeries",
        ["workplan.title"] = "title",
        ["workplan.adopted_at"] = "adoptedAtMeeting",
        ["workplan.year"] = "year",
        ["workplan.meeting"] = "meetingNumber",
        ["workplan.topics"] = "topics",
        ["workplan.topic"] = "topics",
        ["workplan.stocktaking"] = "stocktaking",
        ["event.format"] = "format",
        ["event.decided_by"] = "decidedBy",
        ["event.details"] = "details",
        ["plenary.date"] = "date",
        ["plenary.times"] = "startsAt",
        ["plenary.overlap"] = "startsAt",
        ["plenary.order"] = "date",
        ["language.unknown"] = "interpretation",
        ["body.report_title"] = "reportTitle",
        ["body.plenary_meetings_with_interpretation"] = "plenaryMeetingsWithInterpretation",
        ["body.sitting_numbering"] = "sittingNumbering",
        ["symbol.pattern"] = "symbolPatterns",
        ["symbol_pattern.agenda"] = "symbolPatterns",
        ["symbol_pattern.report"] = "symbolPatterns",
        ["symbol_pattern.list_of_participants"] = "symbolPatterns",
        ["symbol_pattern.conference_room_paper"] = "symbolPatterns",
        ["symbol_pattern.limited"] = "symbolPatterns",
        ["officer.person"] = "person",
        ["officer.state"] = "state",
        ["officer.regional_group"] = "regionalGroup",
        ["officer.office"] = "office",
        ["officer.office_title"] = "officeTitle",
        ["officer.elected_at"] = "electedAt",
        ["officer.elected_on"] = "electedOn",
        ["officer.term"] = "termEndsOn",
        ["officer.replaced"] = "replacedBy",
        ["extended_bureau.regional_group"] = "regionalGroup",
        ["extended_bureau.state"] = "state",
        ["extended_bureau.person"] = "person",
        ["extended_bureau.organization"] = "organization",
        ["extended_bureau.until"] = "until",
        ["participant.state"] = "state",
        ["participant.category"] = "category",
        ["delegation.member_title"] = "title",
        ["delegation.member_first_name"] = "firstName",
        ["delegation.member_family_name"] = "familyName",
        ["delegation.member_function"] = "function",
        ["delegation.member_email"] = "email",
        ["statement.plenary"] = "plenaryMeeting",
        ["statement.item"] = "item",
        ["statement.on_behalf_of"] = "onBehalfOf",
        ["speakers.item"] = "item",
        ["speakers.plenary"] = "plenaryMeeting",
        ["speakers.time_limit"] = "timeLimitSeconds",
        ["speakers.on_behalf_of"] = "onBehalfOf",
        ["panellist.title"] = "title",
        ["convening.kind"] = "kind",
        ["convening.ordinal"] = "ordinal",
        ["convening.designation"] = "designation",
        ["convening.continues"] = "continues",
        ["convening.first_sitting"] = "firstPlenaryMeetingNumber",
        ["convening.opened_by"] = "openedBy",
        ["convening.presided_by"] = "presidedBy",
        ["convening.on_behalf_of"] = "onBehalfOf",
        ["convening.closed_by"] = "closedBy",
        ["agenda.role"] = "role",
        ["document.agenda_item"] = "agendaItem",
        ["agenda.number"] = "number",
        ["agenda.title"] = "title",
        ["agenda.short_title"] = "shortTitle",
        ["agenda.documentation"] = "symbol",
        ["panellist.name"] = "name",
        ["panellist.state"] = "state",
        ["panellist.organization"] = "organization",
        ["plenary.unknown"] = "plenaryMeeting",
        ["agenda.unknown"] = "item",
        ["work.date"] = "date",
        ["work.description"] = "description",
        ["work.title"] = "title",
        ["work.order"] = "plenaryMeeting",
        ["document.title"] = "title",
        ["document.meeting"] = "meeting",
        ["document.version"] = "version",
    };

    private void Error(string path, string message) => _errors.Add(new RecordError(path, message));
}
