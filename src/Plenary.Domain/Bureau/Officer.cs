using Plenary.Domain.Editorial;
using Plenary.Domain.Participation;

namespace Plenary.Domain.Bureau;

/// <summary>The offices a body elects; <see cref="Other"/> is an office of the body's own, named by its title.</summary>
public enum BureauOffice { President, Chair, ViceChair, Rapporteur, ViceChairCumRapporteur, Other }

/// <summary>
/// An officer of a body, elected for a term: the office, the person and the State they come from,
/// the regional group, when and at which convening they were elected, until when (or for the body's
/// life), and who replaced them. A convening's officers are those whose term covers its dates.
/// </summary>
public sealed class Officer : IPositioned
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    /// <summary>The officer's place in the body's list (from 1): how an edit names them.</summary>
    public int Position { get; private set; }
    public BureauOffice Office { get; private set; }
    /// <summary>The title of an office of the body's own ("Chair of the Committee of the Whole"); null for the usual offices.</summary>
    public string? OfficeTitle { get; private set; }
    /// <summary>The name as printed, with honorifics: "Advocate Doctor Mashabane".</summary>
    public string Person { get; private set; } = "";
    /// <summary>The State the officer comes from: its code in the register of States ("ZAF"), shown by its name.</summary>
    public string State { get; private set; } = "";
    /// <summary>The regional group the officer was elected for; the State's own group unless the record says otherwise.</summary>
    public RegionalGroup? RegionalGroup { get; private set; }
    public DateOnly? ElectedOn { get; private set; }
    /// <summary>The number of the convening at which the officer was elected, when the record knows it.</summary>
    public int? ElectedAtConvening { get; private set; }
    /// <summary>The last day of the term, when it has one.</summary>
    public DateOnly? TermEndsOn { get; private set; }
    /// <summary>Elected for the life of the body (an ad hoc committee's officers, often).</summary>
    public bool ForBodysLife { get; private set; }
    /// <summary>The officer who took over the office, ending this term on the day they were elected.</summary>
    public Guid? ReplacedBy { get; private set; }

    private Officer() { }

    internal Officer(Guid bodyId, int position, OfficerTerm term)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Position = position;
        Apply(term);
    }

    internal void Apply(OfficerTerm t)
    {
        Guard.Defined(t.Office, "officer.office", "an office");
        Guard.Day(t.ElectedOn, "officer.elected_on", "The date of election");
        Guard.Day(t.TermEndsOn, "officer.term", "The end of the term");
        var title = Guard.Optional(t.OfficeTitle, "officer.office_title", "The title of the office", 200);
        if (t.Office == BureauOffice.Other && title is null)
            throw new DomainException("officer.office_title", "An office of the body's own needs its title, such as \"Chair of the Committee of the Whole\".");
        if (t.ElectedAtConvening is < 1 or > 999)
            throw new DomainException("officer.elected_at", $"The convening at which an officer was elected is numbered from 1 to 999; {t.ElectedAtConvening} is not one.");
        if (t.ForBodysLife && t.TermEndsOn is not null)
            throw new DomainException("officer.term", "An officer elected for the body's life has no end date to the term; give one or the other.");
        if (t.TermEndsOn is { } end && t.ElectedOn is { } start && end < start)
            throw new DomainException("officer.term", $"The term would end on {Dates.Day(end)}, before the election on {Dates.Day(start)}.");
        Office = t.Office;
        OfficeTitle = t.Office == BureauOffice.Other ? title : null;
        Person = Guard.Required(t.Person, "officer.person", "The officer's name", 200);
        var state = StateRegister.Require(t.State, "officer.state", "The officer's State");
        State = state.Code;
        RegionalGroup = string.IsNullOrWhiteSpace(t.RegionalGroup) ? state.Group
            : RegionalGroups.Require(t.RegionalGroup, "officer.regional_group", "The regional group");
        (ElectedOn, ElectedAtConvening, TermEndsOn, ForBodysLife) = (t.ElectedOn, t.ElectedAtConvening, t.TermEndsOn, t.ForBodysLife);
    }

    void IPositioned.Reposition(int position) => Position = position;

    internal void ReplaceWith(Guid? successor) => ReplacedBy = successor;

    /// <summary>"Chair", "Vice-Chair-cum-Rapporteur", or the body's own title.</summary>
    public string Title => Office switch
    {
        BureauOffice.President => "President",
        BureauOffice.Chair => "Chair",
        BureauOffice.ViceChair => "Vice-Chair",
        BureauOffice.Rapporteur => "Rapporteur",
        BureauOffice.ViceChairCumRapporteur => "Vice-Chair-cum-Rapporteur",
        BureauOffice.Other => OfficeTitle ?? "Officer",
    };

    /// <summary>Whether two officers may not hold the office at the same time (there is one Chair, but several Vice-Chairs).</summary>
    public bool IsSingleOffice => Office is BureauOffice.President or BureauOffice.Chair or BureauOffice.Rapporteur or BureauOffice.ViceChairCumRapporteur;

    /// <summary>The State's name: "South Africa".</summary>
    public string StateName => StateRegister.NameOf(State);

    /// <summary>"Advocate Doctor Mashabane (South Africa)".</summary>
    public override string ToString() => $"{Person} ({StateName})";
}

/// <summary>What an election or an edit says of an officer's term; the State by code or name, the regional group by name or abbreviation.</summary>
public sealed record OfficerTerm(
    BureauOffice Office,
    string Person,
    string State,
    string? RegionalGroup = null,
    DateOnly? ElectedOn = null,
    int? ElectedAtConvening = null,
    DateOnly? TermEndsOn = null,
    bool ForBodysLife = false,
    string? OfficeTitle = null);
