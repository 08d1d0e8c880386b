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
    /// <summary>1 when first issued; each re-issue after the content changed adds one (the symbol stays).</summary>
    public int Version { get; private set; } = 1;
    /// <summary>A fingerprint of the generated content at its last issue; null for documents Plenary did not generate.</summary>
    public string? ContentHash { get; private set; }

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

    /// <summary>Sets the version a loaded record states.</summary>
    public void StateVersion(int version)
    {
        if (version < 1)
            throw new DomainException("document.version", $"A document's version starts at 1; {version} is not a version.");
        Version = version;
    }

    /// <summary>
    /// Records that the document was generated and issued again with the given content. The same
    /// content changes nothing; new content is a re-issue: same symbol, next version, new date.
    /// A document issued before Plenary kept fingerprints takes the content as its own.
    /// </summary>
    public IssueOutcome RecordIssue(DateOnly issuedOn, string contentHash)
    {
        if (string.IsNullOrWhiteSpace(contentHash))
            throw new DomainException("document.content", "An issue needs the fingerprint of the content issued.");
        if (ContentHash == contentHash) return IssueOutcome.Unchanged;
        if (ContentHash is null)
        {
            ContentHash = contentHash;
            IssuedOn ??= issuedOn;
            return IssueOutcome.Unchanged;
        }
        ContentHash = contentHash;
        Version++;
        IssuedOn = issuedOn;
        return IssueOutcome.Reissued;
    }

    /// <summary>Registers a document that Plenary generated, with the fingerprint of its content.</summary>
    public static Document Issue(Guid bodyId, int meetingNumber, string symbol, string title, DocumentType type, DateOnly issuedOn, string contentHash)
    {
        var document = Register(bodyId, meetingNumber, symbol, title, type, issuedOn, Distribution.General, "en", ["en"]);
        document.ContentHash = contentHash;
        return document;
    }
}
