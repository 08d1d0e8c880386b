using Plenary.Application.Documents.Model;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Documents.Composing;

/// <summary>
/// What a document's masthead says of its issue: the symbol, the date of issue (none yet: a placeholder),
/// the distribution and original language, and the agenda item it is issued under, with the symbol of the
/// agenda that the item's footnote cites.
/// </summary>
public sealed record IssueDetails(string Symbol, DateOnly? IssuedOn, Distribution Distribution = Distribution.General,
    string OriginalLanguage = "en", string? AgendaItem = null, string? AgendaSymbol = null);

/// <summary>
/// The annotated provisional agenda of a convening, from the record alone: the agenda, each item's
/// annotation and documentation, the body's history and the decisions on the convening under the item
/// that adopts the agenda, and the proposed organization of work as the annex.
/// </summary>
public static class AnnotatedAgendaComposer
{
    public static OfficialDocument Compose(MeetingDossier dossier, IssueDetails issue)
    {
        var (body, meeting) = (dossier.Body, dossier.Meeting);
        var counter = new ParagraphCounter();
        var blocks = new List<Block>
        {
            new Heading(1, null, "Provisional agenda"),
            AgendaList(meeting),
            new Heading(1, null, "Annotations"),
        };
        var items = meeting.AgendaInOrder.ToList();
        // The body's story goes where the agenda is adopted: the item of that role, else the organizational one.
        var historyItem = items.FirstOrDefault(i => i.Role == AgendaItemRole.AdoptionOfAgenda)
            ?? items.FirstOrDefault(i => i.Role == AgendaItemRole.Organizational)
            ?? items.FirstOrDefault();
        foreach (var item in items)
        {
            blocks.Add(new Heading(item.Number.IsSubItem ? 4 : 3, item.Number.Label, item.Title));
            blocks.AddRange(MarkdownBlocks.ToBlocks(item.Annotation, counter));
            if (item == historyItem)
            {
                blocks.AddRange(HistoryText.Story(dossier, counter));
                if (ProcedureParagraph.Of(dossier, counter) is { } procedures) blocks.Add(procedures);
                if (HistoryText.Decisions(dossier, counter) is { } decisions) blocks.Add(decisions);
                if (OrganizationOfWorkNote(dossier, counter) is { } note) blocks.Add(note);
            }
            var hasSubItems = items.Any(i => i.Item == item.Item && i.Number.IsSubItem);
            // Whether an item without documentation says so is the body's convention, not a rule for every body.
            if (item.Documentation.Count > 0 || (body.NoDocumentationNote && !item.Number.IsSubItem && !hasSubItems))
                blocks.AddRange(Documentation(item));
        }

        var annexes = meeting.OrganizationOfWork.Count == 0 ? [] : new List<Annex>
        {
            new("Annex", "Proposed organization of work", [OrganizationOfWorkTable(meeting)]),
        };
        return new OfficialDocument(
            Mastheads.For(dossier, issue),
            "Annotated provisional agenda",
            null,
            blocks,
            annexes,
            []);
    }

    /// <summary>The agenda as UN documents print it: "1. Organizational matters:", "(a) Opening of the meeting;".</summary>
    public static ListBlock AgendaList(Meeting meeting)
    {
        var items = meeting.AgendaInOrder.ToList();
        var list = new List<ListItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var title = item.Title.Trim().TrimEnd('.', ';', ':');
            var next = i + 1 < items.Count ? items[i + 1] : null;
            var ending = next is { } n && n.Number.IsSubItem && n.Item == item.Item && !item.Number.IsSubItem ? ":"
                : item.Number.IsSubItem && next is { } m && m.Item == item.Item ? ";"
                : ".";
            list.Add(new ListItem(item.Number.Label, item.Number.IsSubItem ? 1 : 0, [new Text(title + ending)]));
        }
        return new ListBlock(list);
    }

    private static IEnumerable<Block> Documentation(AgendaItem item)
    {
        yield return new Paragraph([new Text("Documentation", Italic: true)], null, ParagraphStyle.Label);
        if (item.Documentation.Count == 0)
        {
            yield return new Paragraph([new Text($"No documentation is currently foreseen under agenda item {item.Number}.")]);
            yield break;
        }
        foreach (var d in item.Documentation.OrderBy(d => d.Position))
        {
            var content = new List<Inline> { new Text(d.Title) };
            if (d.Symbol is { } s) content.AddRange([new Text(" ("), HistoryText.SymbolLink(s, s), new Text(")")]);
            yield return new Paragraph(content);
        }
    }

    /// <summary>
    /// What the annex plans ("six plenary meetings over three days") and, where the body records the conference
    /// services its resources allow, how many plenary meetings those allow with interpretation, from that limit and
    /// not from the count planned; without a limit, the interpretation the planned plenary meetings have.
    /// </summary>
    private static Paragraph? OrganizationOfWorkNote(MeetingDossier dossier, ParagraphCounter counter)
    {
        var (body, meeting) = (dossier.Body, dossier.Meeting);
        if (meeting.OrganizationOfWork.Count == 0 || meeting.PlenaryMeetings.Count == 0) return null;
        var plenaries = meeting.PlenaryMeetings;
        var days = plenaries.Select(p => p.Date).Distinct().Count();
        var languages = plenaries.SelectMany(p => p.InterpretationLanguages).Distinct().ToList();
        var into = languages.Count == 6 ? " into the six official languages of the United Nations"
            : languages.Count > 0 ? $" into {Lists.Join(languages.Select(OfficialLanguage.Name))}" : "";
        var statement = body.Mandates.FirstOrDefault(m => m.Kind == MandateKind.Document && m.Symbol is not null && m.Reference is not null);
        Inline[] Statement() => statement is null ? []
            : [new Text(" ("), HistoryText.SymbolLink(statement.Symbol!, statement.Symbol!), new Text($", {statement.Reference})")];
        var planned = $"The proposed organization of work for {dossier.The(meeting)} (see annex) provides for "
            + $"{Numbers.Count(plenaries.Count, "plenary meeting")} over {Numbers.Count(days, "day")}";
        var content = new List<Inline>();
        if (body.PlenaryMeetingsWithInterpretation is { } limit)
        {
            content.Add(new Text($"{planned}. The conference services available to the {body.ShortName}"));
            content.AddRange(Statement());
            var beyond = plenaries.Count - limit;
            content.Add(new Text($" allow for {Numbers.Count(limit, "plenary meeting")} with interpretation{into} during the {Convenings.KindNoun(body.Convenes, meeting.Kind)}"
                + (beyond <= 0 ? "."
                    : beyond == 1 ? "; the other plenary meeting would be held without interpretation unless additional resources are made available."
                    : $"; the other {Numbers.Cardinal(beyond)} plenary meetings would be held without interpretation unless additional resources are made available.")));
            return new Paragraph(content, counter.Next());
        }
        content.Add(new Text(planned + (into.Length == 0 ? "" : ", with interpretation" + into)));
        if (statement is not null)
        {
            content.Add(new Text(", within the conference services available to the " + body.ShortName));
            content.AddRange(Statement());
        }
        content.Add(new Text("."));
        return new Paragraph(content, counter.Next());
    }

    /// <summary>The annex table: grouped by day, then by plenary meeting (time slot), one row per item.</summary>
    public static Table OrganizationOfWorkTable(Meeting meeting)
    {
        var items = meeting.AgendaItems.ToDictionary(i => i.Number.ToString());
        var plenaries = meeting.PlenaryMeetings.ToDictionary(p => p.Number);
        var rows = new List<TableRow>();
        foreach (var day in meeting.OrganizationOfWork.OrderBy(r => r.Date).ThenBy(r => r.Position).GroupBy(r => r.Date))
        {
            var dayRows = day.ToList();
            var firstOfDay = true;
            foreach (var slot in dayRows.GroupBy(r => r.PlenaryMeetingNumber))
            {
                var slotRows = slot.ToList();
                var firstOfSlot = true;
                foreach (var row in slotRows)
                {
                    var cells = new List<TableCell>
                    {
                        firstOfDay ? new TableCell([new Text(Dates.DayHeading(day.Key))], dayRows.Count) : new TableCell([], 0),
                        firstOfSlot ? new TableCell([new Text(SlotText(slot.Key is { } n ? plenaries.GetValueOrDefault(n) : null))], slotRows.Count) : new TableCell([], 0),
                        new TableCell([new Text(row.NonWorking ? "" : row.AgendaItem!)]),
                        new TableCell([new Text(RowTitle(row, items))]),
                    };
                    rows.Add(new TableRow(cells, StartsGroup: firstOfDay));
                    firstOfDay = false;
                    firstOfSlot = false;
                }
            }
        }
        return new Table(["Date", "Time", "Item", "Title or description"], rows, [22, 16, 8, 54]);
    }

    private static string SlotText(PlenaryMeeting? plenary) =>
        plenary is { StartsAt: { } s, EndsAt: { } e } ? Times.Slot(s, e) : "";

    private static string RowTitle(OrganizationOfWorkRow row, Dictionary<string, AgendaItem> items)
    {
        if (row.NonWorking) return row.Description ?? "";
        var item = items[row.AgendaItem!];
        // The first row of an item carries its full title; rows where it continues, the short one.
        var title = row.Description ?? (row.Continued ? item.ShortTitle ?? item.Title : item.Title);
        return row.Continued ? $"{title} (continued)" : title;
    }
}

/// <summary>The masthead both documents share.</summary>
public static class Mastheads
{
    public static Masthead For(MeetingDossier dossier, IssueDetails issue)
    {
        var meeting = dossier.Meeting;
        var item = issue.AgendaItem is { } n ? $"Item {n} of the provisional agenda" : null;
        return new Masthead(
            issue.Symbol,
            issue.Distribution.ToString(),
            issue.IssuedOn is { } d ? Dates.Day(d) : "[date of issue]",
            OfficialLanguage.Name(issue.OriginalLanguage),
            dossier.Body.FullName,
            $"{meeting.Venue}, {Dates.Masthead(meeting.StartDate, meeting.EndDate)}",
            item,
            item is not null && issue.AgendaSymbol is { } agenda ? [HistoryText.SymbolLink(agenda, agenda), new Text(".")] : null,
            // A body that holds sessions names the session above its place and dates ("Third session"); an expert group does not.
            dossier.Body.Convenes == Convenes.Sessions ? Convenings.Heading(dossier.Body.Convenes, meeting) : null);
    }
}
