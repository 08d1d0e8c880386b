namespace Plenary.Domain.Documents;

public enum DocumentType
{
    ProvisionalAgenda,
    Report,
    ConferenceRoomPaper,
    InformationDocument,
    WorkingPaper,
    Note,
    Resolution,
    Other,
}

public enum Distribution { General, Limited, Restricted }

public enum IssueOutcome { FirstIssue, Unchanged, Reissued }

/// <summary>An official document in the register: its symbol, what it is and the languages it exists in.</summary>
public sealed class Document : IVersioned
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    /// <summary>The meeting the document belongs to, by number (null for documents of the body at large).</summary>
    public int? MeetingNumber { get; private set; }
    public string Symbol
    {
        get => _symbol;
        private set => (_symbol, SymbolOrder) = (value, DocumentSymbol.Create(value).SortKey);
    }

    private string _symbol = "";

    /// <summary>The symbol's place in the register's order (<see cref="DocumentSymbol.SortKey"/>), kept with every change of the symbol so that the store sorts the register.</summary>
    public string SymbolOrder { get; private set; } = "";

    public string Title { get; private set; } = "";
    public DocumentType Type { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public Distribution Distribution { get; private set; }
    public string OriginalLanguage { get; private set; } = "en";
    public List<string> LanguageVersions { get; private set; } = [];
    /// <summary>
    /// The ISSUE version of the document: 1 when first issued; each re-issue of a generated document
    /// after its content changed adds one (the symbol stays). It is part of the document's identity
    /// for readers and has nothing to do with editing the register entry (see <see cref="EditVersion"/>).
    /// </summary>
    public int Version { get; private set; } = 1;
    /// <summary>
    /// The EDIT version of the register entry: counts the Secretariat's edits (metadata, files) and
    /// is the concurrency token every edit names, so an edit from a stale read is refused. Distinct
    /// from <see cref="Version"/>, which counts issues of the document itself.
    /// </summary>
    public int EditVersion { get; private set; } = 1;
    /// <summary>
    /// The agenda item under which the document is issued ("3", "1 (b)"): its masthead then carries
    /// "Item 3 of the provisional agenda" with a footnote giving the agenda's symbol. Null for none.
    /// </summary>
    public string? AgendaItem { get; private set; }
    /// <summary>A fingerprint of the generated content at its last issue; null for documents Plenary did not generate.</summary>
    public string? ContentHash { get; private set; }

    private Document() { }

    public static Document Register(Guid bodyId, int? meetingNumber, string symbol, string title, DocumentType type,
        DateOnly? issuedOn, Distribution distribution, string originalLanguage, IEnumerable<string> languageVersions)
    {
        CheckFields(meetingNumber, type, issuedOn, distribution);
        var document = new Document
        {
            Id = Guid.CreateVersion7(),
            BodyId = bodyId,
            MeetingNumber = meetingNumber,
            Symbol = DocumentSymbol.Create(symbol).Value,
            Title = Guard.Required(title, "document.title", "The document's title", 1000),
            Type = type,
            IssuedOn = issuedOn,
            Distribution = distribution,
            OriginalLanguage = OfficialLanguage.Normalise(originalLanguage),
        };
        var versions = OfficialLanguage.NormaliseSet(languageVersions);
        if (!versions.Contains(document.OriginalLanguage))
            versions = OfficialLanguage.NormaliseSet(versions.Append(document.OriginalLanguage));
        document.LanguageVersions = versions;
        return document;
    }

    private static void CheckFields(int? meetingNumber, DocumentType type, DateOnly? issuedOn, Distribution distribution)
    {
        Guard.InRange(meetingNumber, 1, Guard.MaxConvening, "document.meeting", "The number of the convening a document belongs to");
        Guard.Defined(type, "document.type", "a type of document");
        Guard.Day(issuedOn, "document.issued_on", "The date of issue");
        Guard.Defined(distribution, "document.distribution", "a distribution");
    }

    public Uri ResolverLink => DocumentSymbol.Create(Symbol).ResolverLink;

    /// <summary>Starts an edit made from <paramref name="expectedVersion"/>; a stale one is refused.</summary>
    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != EditVersion)
            throw new StaleEditException(EditVersion);
        EditVersion++;
    }

    /// <summary>
    /// Replaces the register entry's metadata. The symbol can be corrected only while no file is
    /// attached: a file was uploaded (and may have been downloaded) as the document under that
    /// symbol, so renaming it afterwards would make the register and the files disagree. A language
    /// version that has a file cannot be dropped until its file is removed.
    /// </summary>
    public void Edit(string symbol, int? meetingNumber, string title, DocumentType type, DateOnly? issuedOn,
        Distribution distribution, string originalLanguage, IEnumerable<string> languageVersions, IReadOnlyCollection<string> languagesWithFiles)
    {
        var normalised = DocumentSymbol.Create(symbol).Value;
        if (normalised != Symbol && languagesWithFiles.Count > 0)
            throw new DomainException("document.symbol_locked",
                $"The symbol {Symbol} cannot be changed to {normalised}: files are attached to it ({string.Join(", ", languagesWithFiles.Select(OfficialLanguage.Name))}). Remove the files first, or register the document under the new symbol.");
        CheckFields(meetingNumber, type, issuedOn, distribution);
        var title_ = Guard.Required(title, "document.title", "The document's title", 1000);
        var original = OfficialLanguage.Normalise(originalLanguage);
        var versions = OfficialLanguage.NormaliseSet(languageVersions);
        if (!versions.Contains(original)) versions = OfficialLanguage.NormaliseSet(versions.Append(original));
        var dropped = languagesWithFiles.Where(l => !versions.Contains(l)).ToList();
        if (dropped.Count > 0)
            throw new DomainException("document.languages",
                $"The {string.Join(" and ", dropped.Select(OfficialLanguage.Name))} version cannot be dropped while its file is attached; remove the file first.");
        (Symbol, MeetingNumber, Title, Type, IssuedOn, Distribution, OriginalLanguage, LanguageVersions) =
            (normalised, meetingNumber, title_, type, issuedOn, distribution, original, versions);
    }

    /// <summary>Says under which agenda item of its convening the document is issued (null: under none).</summary>
    public void IssueUnderAgendaItem(string? agendaItem)
    {
        if (agendaItem is not null && MeetingNumber is null)
            throw new DomainException("document.agenda_item", "Only a document of a convening is issued under one of its agenda items; give the document's convening first.");
        AgendaItem = string.IsNullOrWhiteSpace(agendaItem) ? null : Agenda.AgendaItemNumber.Parse(agendaItem).ToString();
    }

    /// <summary>A file was uploaded for a language: that language version exists from now on.</summary>
    public void AddLanguageVersion(string language)
    {
        var code = OfficialLanguage.Normalise(language);
        if (!LanguageVersions.Contains(code)) LanguageVersions = OfficialLanguage.NormaliseSet(LanguageVersions.Append(code));
    }

    /// <summary>
    /// Refuses to leave the register while an agenda item lists the document as documentation
    /// (the agenda would point at nothing); <paramref name="listedUnder"/> names those items.
    /// </summary>
    public void EnsureRemovable(IReadOnlyCollection<string> listedUnder)
    {
        if (listedUnder.Count > 0)
            throw new DomainException("document.listed",
                $"{Symbol} cannot be removed: {string.Join("; ", listedUnder)} lists it as documentation. Take it off that agenda first.");
    }

    /// <summary>Sets the version a loaded record states.</summary>
    public void StateVersion(int version)
    {
        if (version < 1)
            throw new DomainException("document.version", $"A document's version starts at 1; {version} is not a version.");
        Version = version;
    }

    /// <summary>
    /// Records that the document was generated and issued again with the given content. The same
    /// content changes nothing but, when <paramref name="dated"/> (a date was chosen), the date of issue;
    /// new content is a re-issue: same symbol, next version, new date. A document the register held
    /// before Plenary generated it (its planned issue) takes the content as its own, and keeps its date
    /// unless another was chosen.
    /// </summary>
    public IssueOutcome RecordIssue(DateOnly issuedOn, string contentHash, bool dated = false)
    {
        if (string.IsNullOrWhiteSpace(contentHash))
            throw new DomainException("document.content", "An issue needs the fingerprint of the content issued.");
        if (ContentHash == contentHash)
        {
            if (dated) IssuedOn = issuedOn;
            return IssueOutcome.Unchanged;
        }
        if (ContentHash is null)
        {
            ContentHash = contentHash;
            IssuedOn = dated ? issuedOn : IssuedOn ?? issuedOn;
            return IssueOutcome.Unchanged;
        }
        ContentHash = contentHash;
        Version++;
        IssuedOn = issuedOn;
        return IssueOutcome.Reissued;
    }

    /// <summary>Registers a document that Plenary generated, with the fingerprint of its content.</summary>
    public static Document Issue(Guid bodyId, int meetingNumber, string symbol, string title, DocumentType type, DateOnly issuedOn, string contentHash,
        Distribution distribution = Distribution.General, string originalLanguage = "en")
    {
        var document = Register(bodyId, meetingNumber, symbol, title, type, issuedOn, distribution, originalLanguage, [originalLanguage]);
        document.ContentHash = contentHash;
        return document;
    }
}
