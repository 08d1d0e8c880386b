using System.Text.RegularExpressions;

namespace Plenary.Domain.Bodies;

public enum Membership { OpenEnded, Listed }

/// <summary>
/// An intergovernmental body: the root of a record. Its mandates and workplans belong to it;
/// meetings and documents refer to it by id.
/// </summary>
public sealed partial class Body
{
    private readonly List<Mandate> _mandates = [];
    private readonly List<Workplan> _workplans = [];

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    public string? Secretariat { get; private set; }
    /// <summary>The symbol prefix of the body's documents, e.g. "UNODC/CCPCJ/EG.4".</summary>
    public string? SymbolSeries { get; private set; }
    public Membership Membership { get; private set; }
    public IReadOnlyList<Mandate> Mandates => _mandates;
    public IReadOnlyList<Workplan> Workplans => _workplans;

    private Body() { }

    public static Body Create(string slug, string fullName, string shortName, string? secretariat,
        string? symbolSeries, Membership membership, Guid? parentId = null)
    {
        var body = new Body { Id = Guid.CreateVersion7() };
        body.Rename(slug, fullName, shortName);
        body.Describe(secretariat, symbolSeries, membership);
        body.ParentId = parentId;
        return body;
    }

    public void Rename(string slug, string fullName, string shortName)
    {
        slug = Guard.Required(slug, "body.slug", "The body's slug", 60);
        if (!SlugPattern().IsMatch(slug))
            throw new DomainException("body.slug",
                $"The slug '{slug}' may hold only lowercase letters, digits and single hyphens, and must start with a letter (for example 'eg-cybercrime').");
        Slug = slug;
        FullName = Guard.Required(fullName, "body.full_name", "The body's full name");
        ShortName = Guard.Required(shortName, "body.short_name", "The body's short name", 120);
    }

    public void Describe(string? secretariat, string? symbolSeries, Membership membership)
    {
        Secretariat = Guard.Optional(secretariat, "body.secretariat", "The secretariat");
        SymbolSeries = NormaliseSeries(symbolSeries);
        Membership = membership;
    }

    public void PlaceUnder(Body? parent)
    {
        if (parent is not null && parent.Id == Id)
            throw new DomainException("body.parent", "A body cannot be its own parent.");
        ParentId = parent?.Id;
    }

    public Mandate AddMandate(MandateKind kind, string? symbol, string? title, string organ, string? session,
        DateOnly? adoptedOn, string? reference, string? requests)
    {
        var mandate = new Mandate(Id, _mandates.Count + 1, kind, symbol, title, organ, session, adoptedOn, reference, requests);
        if (mandate.Symbol is not null && _mandates.Any(m => m.Symbol == mandate.Symbol && m.Reference == mandate.Reference))
            throw new DomainException("mandate.duplicate", $"The mandate {mandate.Symbol} is already recorded for this body.");
        _mandates.Add(mandate);
        return mandate;
    }

    public Workplan AddWorkplan(string title, int startYear, int endYear, string? symbol, int? adoptedAtMeeting)
    {
        var workplan = new Workplan(Id, title, startYear, endYear, symbol, adoptedAtMeeting);
        if (_workplans.Any(w => w.StartYear == startYear && w.EndYear == endYear))
            throw new DomainException("workplan.duplicate", $"A workplan for {startYear}–{endYear} is already recorded.");
        _workplans.Add(workplan);
        return workplan;
    }

    public void ClearRecord()
    {
        _mandates.Clear();
        _workplans.Clear();
    }

    /// <summary>A series is the organ part of the body's symbols: "UNODC/CCPCJ/EG.4" in UNODC/CCPCJ/EG.4/2021/CRP.1.</summary>
    private static string? NormaliseSeries(string? series)
    {
        if (string.IsNullOrWhiteSpace(series)) return null;
        var refused = new DomainException("body.symbol_series",
            $"The symbol series '{series}' must be the organ part of the body's document symbols, such as UNODC/CCPCJ/EG.4 or E/CN.15.");
        if (!Documents.DocumentSymbol.TryCreate(series.Trim() + "/1", out var sample, out _) || sample is null) throw refused;
        return string.Equals(sample.Organ, sample.Value[..^2], StringComparison.Ordinal) ? sample.Organ : throw refused;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
