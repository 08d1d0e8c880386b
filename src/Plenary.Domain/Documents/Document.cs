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

/// <summary>An official document in the register: its symbol, what it is and the languages it exists in.</summary>
public sealed class Document
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    /// <summary>The meeting the document belongs to, by number (null for documents of the body at large).</summary>
    public int? MeetingNumber { get; private set; }
    public string Symbol { get; private set; } = "";
    public string Title { get; private set; } = "";
    public DocumentType Type { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public Distribution Distribution { get; private set; }
    public string OriginalLanguage { get; private set; } = "en";
    public List<string> LanguageVersions { get; private set; } = [];

    private Document() { }

    public static Document Register(Guid bodyId, int? meetingNumber, string symbol, string title, DocumentType type,
        DateOnly? issuedOn, Distribution distribution, string originalLanguage, IEnumerable<string> languageVersions)
    {
        if (meetingNumber is < 1)
            throw new DomainException("document.meeting", "A document's meeting is numbered from 1.");
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

    public Uri ResolverLink => DocumentSymbol.Create(Symbol).ResolverLink;
}
