using Plenary.Domain.Documents;

namespace Plenary.Domain.Bodies;

public enum MandateKind { Resolution, Decision, Declaration, Document }

/// <summary>A resolution, decision, declaration or document that establishes or directs a body.</summary>
public sealed class Mandate : IPositioned
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public int Position { get; private set; }
    public MandateKind Kind { get; private set; }
    public string? Symbol { get; private set; }
    public string? Title { get; private set; }
    /// <summary>The organ that adopted or issued it: "General Assembly", "Commission on Crime Prevention and Criminal Justice".</summary>
    public string Organ { get; private set; } = "";
    public string? Session { get; private set; }
    public DateOnly? AdoptedOn { get; private set; }
    /// <summary>The part that matters, e.g. "paragraph 42" or "annex VII".</summary>
    public string? Reference { get; private set; }
    /// <summary>What it requests of or decides for the body, in Markdown.</summary>
    public string? Requests { get; private set; }

    private Mandate() { }

    internal Mandate(Guid bodyId, int position, MandateKind kind, string? symbol, string? title, string organ,
        string? session, DateOnly? adoptedOn, string? reference, string? requests)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Position = position;
        Kind = Guard.Defined(kind, "mandate.kind", "a kind of mandate");
        Symbol = string.IsNullOrWhiteSpace(symbol) ? null : DocumentSymbol.Create(symbol).Value;
        Title = Guard.Optional(title, "mandate.title", "The mandate's title", 400);
        if (Symbol is null && Title is null)
            throw new DomainException("mandate.identity", "A mandate needs a document symbol or a title (a declaration may have only a title).");
        if (Kind is MandateKind.Resolution or MandateKind.Decision && Symbol is null && NumberInTitle(Title) is null)
            throw new DomainException("mandate.symbol",
                $"A {Kind.ToString().ToLowerInvariant()} needs a document symbol, such as A/RES/65/230, or a title that ends with its number, such as \"Commission resolution 26/4\".");
        Organ = Guard.Required(organ, "mandate.organ", "The adopting organ", 200);
        Session = Guard.Optional(session, "mandate.session", "The session", 100);
        AdoptedOn = Guard.Day(adoptedOn, "mandate.adopted_on", "The date of adoption");
        Reference = Guard.Optional(reference, "mandate.reference", "The reference", 100);
        Requests = Guard.LongText(requests, "mandate.requests", "What the mandate requests");
    }

    /// <summary>Takes the checked values of an edit (made as a new mandate, so every rule of a new one applies).</summary>
    internal void CopyFrom(Mandate edited)
    {
        (Kind, Symbol, Title, Organ, Session, AdoptedOn, Reference, Requests) =
            (edited.Kind, edited.Symbol, edited.Title, edited.Organ, edited.Session, edited.AdoptedOn, edited.Reference, edited.Requests);
    }

    void IPositioned.Reposition(int position) => Position = position;

    /// <summary>
    /// "65/230" for A/RES/65/230, "26/4" for "Commission resolution 26/4": how running text cites a
    /// resolution or decision. Some organs' resolutions have no symbol of their own, hence the title.
    /// </summary>
    public string? Number => Symbol is not null && DocumentSymbol.Create(Symbol) is { Special: "RES" or "DEC", Number: { } n } s
        ? (s.Session is { } session ? $"{session}/{n}" : s.Year is { } y ? $"{y}/{n}" : n)
        : Kind is MandateKind.Resolution or MandateKind.Decision ? NumberInTitle(Title) : null;

    private static string? NumberInTitle(string? title) =>
        title is null ? null : System.Text.RegularExpressions.Regex.Match(title, @"\b(\d+/\d+)$") is { Success: true } m ? m.Groups[1].Value : null;
}
