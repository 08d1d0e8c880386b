using Plenary.Domain.Documents;
using Plenary.Domain.Participation;

namespace Plenary.Domain.Agenda;

/// <summary>An item or sub-item of a meeting's agenda, with its annotation, documentation and panellists.</summary>
public sealed class AgendaItem
{
    private readonly List<DocumentationReference> _documentation = [];
    private readonly List<Panellist> _panellists = [];

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Item { get; private set; }
    /// <summary>The sub-item letter ("a"), null for an item.</summary>
    public string? SubItem { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>What the item does at its convening; documents are composed from it, never from the title.</summary>
    public AgendaItemRole Role { get; private set; }
    /// <summary>The annotation in Markdown: written by the secretariat, printed in the annotated agenda.</summary>
    public string? Annotation { get; private set; }
    /// <summary>A shorter title for tables such as the organization of work; the full title when absent.</summary>
    public string? ShortTitle { get; private set; }
    public IReadOnlyList<DocumentationReference> Documentation => _documentation;
    public IReadOnlyList<Panellist> Panellists => _panellists;

    public AgendaItemNumber Number => AgendaItemNumber.Of(Item, SubItem?[0]);

    private AgendaItem() { }

    internal AgendaItem(Guid meetingId, AgendaItemNumber number, string title, string? shortTitle, string? annotation, AgendaItemRole role)
    {
        Id = Guid.CreateVersion7();
        MeetingId = meetingId;
        Item = number.Item;
        SubItem = number.SubItem?.ToString();
        Edit(title, shortTitle, annotation, role);
    }

    /// <param name="role">What the item does; none: the role it has.</param>
    public void Edit(string title, string? shortTitle, string? annotation, AgendaItemRole? role = null)
    {
        if (role is { } r && !Enum.IsDefined(r))
            throw new DomainException("agenda.role", $"{(int)r} is not the role of an agenda item.");
        Title = Guard.Required(title, "agenda.title", $"The title of agenda item {Number}", 1000);
        ShortTitle = Guard.Optional(shortTitle, "agenda.short_title", $"The short title of agenda item {Number}", 300);
        Annotation = Guard.LongText(annotation, "agenda.annotation", $"The annotation of agenda item {Number}");
        Role = role ?? Role;
    }

    internal void Renumber(int item) => Item = item;

    internal void Reletter(char subItem) => SubItem = subItem.ToString();

    /// <summary>Moves the document at <paramref name="position"/> (from 1) to <paramref name="toPosition"/>; those between shift.</summary>
    public void MoveDocumentation(int position, int toPosition) =>
        Positions.Move(_documentation, position, toPosition, () => NoDocumentation(position),
            () => new DomainException("documentation.position",
                $"A document listed under item {Number} can move to a place from 1 to {_documentation.Count}; {toPosition} is outside the list."));

    /// <summary>Takes the document at <paramref name="position"/> off the item's list; the rest close up.</summary>
    public void RemoveDocumentation(int position) => Positions.RemoveAt(_documentation, position, () => NoDocumentation(position));

    private DomainException NoDocumentation(int position) =>
        new("documentation.position",
            _documentation.Count == 0
                ? $"Agenda item {Number} lists no documentation."
                : $"Agenda item {Number} lists {_documentation.Count} document(s); there is none at place {position}.");

    public void AddDocumentation(string? symbol, string title)
    {
        var reference = new DocumentationReference(_documentation.Count + 1,
            symbol is null ? null : DocumentSymbol.Create(symbol).Value,
            Guard.Required(title, "agenda.documentation", $"The title of a document listed under item {Number}", 1000));
        if (reference.Symbol is not null && _documentation.Any(d => d.Symbol == reference.Symbol))
            throw new DomainException("agenda.documentation", $"{reference.Symbol} is already listed under agenda item {Number}.");
        _documentation.Add(reference);
    }

    /// <summary>
    /// Adds a panellist to the item's panel: title, name, and the State (of the register) or organization they come from.
    /// Panels are decided late, so an adopted agenda still takes them.
    /// </summary>
    public Panellist AddPanellist(string? title, string? name, string? state, string? organization)
    {
        if (_panellists.Count >= MaximumPanellists)
            throw new DomainException("panellist.size", $"The panel of agenda item {Number} lists at most {MaximumPanellists} panellists.");
        var panellist = new Panellist(_panellists.Count + 1, title, name, state, organization);
        _panellists.Add(panellist);
        return panellist;
    }

    /// <summary>A panellist as a record written before titles were kept names them: "Mr. Destino Pedro", with the State by name.</summary>
    public Panellist AddPanellist(string name, string? state, string? organization) => AddPanellist(null, name, state, organization);

    public void EditPanellist(int position, string? title, string? name, string? state, string? organization) =>
        Positions.At(_panellists, position, () => NoPanellist(position)).Describe(title, name, state, organization);

    public void RemovePanellist(int position) => Positions.RemoveAt(_panellists, position, () => NoPanellist(position));

    public void MovePanellist(int position, int toPosition) =>
        Positions.Move(_panellists, position, toPosition, () => NoPanellist(position),
            () => new DomainException("panellist.position",
                $"A panellist of item {Number} can move to a place from 1 to {_panellists.Count}; {toPosition} is outside the panel."));

    public const int MaximumPanellists = 30;

    private DomainException NoPanellist(int position) =>
        new("panellist.unknown", _panellists.Count == 0
            ? $"Agenda item {Number} has no panellists."
            : $"The panel of agenda item {Number} has {_panellists.Count} panellist(s); there is none at place {position}.");
}

/// <summary>A document listed under an agenda item, by symbol where it has one.</summary>
public sealed class DocumentationReference : IPositioned
{
    public Guid Id { get; private set; }
    public int Position { get; private set; }
    public string? Symbol { get; private set; }
    public string Title { get; private set; } = "";

    private DocumentationReference() { }

    internal DocumentationReference(int position, string? symbol, string title)
    {
        Id = Guid.CreateVersion7();
        Position = position;
        Symbol = symbol;
        Title = title;
    }

    void IPositioned.Reposition(int position) => Position = position;
}
