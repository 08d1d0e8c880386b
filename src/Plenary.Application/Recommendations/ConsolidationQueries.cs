using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.Application.Recommendations.Similarity;
using Plenary.Application.Records;
using System.Globalization;
using Plenary.Domain.Editorial;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>A preliminary text of the period as the consolidation shows it, with what became of it (null: no disposition yet).</summary>
public sealed record PeriodText(string Identifier, int MeetingNumber, string Convening, int Year, string Topic, TextKind Kind, string Text,
    IReadOnlyList<StateName> SuggestedBy, Disposition? Disposition)
{
    public string SuggestedByText => Lists.Join(SuggestedBy.Select(s => s.InText).ToList());
    public string DispositionText => Disposition is { } d ? DispositionWords.Describe(d) : "no disposition yet";
}

/// <summary>A stretch of a member's text: shared with other members of its proposal, or not.</summary>
public sealed record TextSegment(string Text, bool Shared);

public sealed record ProposalMember(string Identifier, string Convening, string Topic, TextKind Kind, string Text, double Cohesion, IReadOnlyList<TextSegment> Segments);

/// <summary>A proposal of the similarity assistant (ADR 0016) as the workspace shows it.</summary>
public sealed record ProposalView(double Score, IReadOnlyList<ProposalMember> Members)
{
    public string Key => Consolidation.ProposalKey(Members.Select(m => m.Identifier));
}

public sealed record VersionView(int Number, string Text, string? Note, DateTimeOffset At, string? By, IReadOnlyList<DiffPiece> Changes);

public sealed record ConsolidatedTextView(int Number, string Topic, TextKind Kind, ConsolidatedState State, DateTimeOffset? StateChangedAt,
    IReadOnlyList<string> Sources, string Text, IReadOnlyList<VersionView> Versions)
{
    public string StateText => StateWords.Of(State);
}

public sealed record SnapshotTextView(int Number, string Topic, TextKind Kind, ConsolidatedState State, string Text);

public sealed record SnapshotView(int Number, string Heading, DateOnly StatusDate, TimeOnly StatusTime, DateTimeOffset PublishedAt, IReadOnlyList<SnapshotTextView> Texts);

/// <summary>The consolidation of a stocktaking convening: the period's texts with their dispositions, the proposals, the consolidated texts, the snapshots.</summary>
public sealed record ConsolidationView(string BodySlug, string BodyName, string BodyShortName, int MeetingNumber, string Convening, string ConveningThe,
    string Dates, bool IsStocktaking, string? WorkplanTitle, IReadOnlyList<string> Topics, int Version, DateTimeOffset? FinalisedAt,
    IReadOnlyList<PeriodText> Preliminary, IReadOnlyList<ConsolidatedTextView> Texts, IReadOnlyList<SnapshotView> Snapshots, IReadOnlyList<string> IgnoredProposals)
{
    public IReadOnlyList<PeriodText> WithoutDisposition => Preliminary.Where(p => p.Disposition is null).ToList();
    public bool IsFinalised => FinalisedAt is not null;
    public IReadOnlyList<ConsolidatedTextView> Adopted => Texts.Where(t => t.State == ConsolidatedState.Adopted).ToList();

    /// <summary>"seventh meeting", "resumed third session": the convening as "at its ..." names it.</summary>
    public string ConveningName { get; init; } = "";

    /// <summary>"meeting" or "session": the body's word for a convening.</summary>
    public string Noun { get; init; } = "";

    /// <summary>"Vienna, 6–8 April 2021": the convening's place and dates, for a masthead.</summary>
    public string? MastheadLine { get; init; }

    /// <summary>The convening's name above its place and dates, for a body that holds sessions ("Third session"); null for others.</summary>
    public string? ConveningLine { get; init; }
}

/// <summary>One row of the diagram's text alternative: how many preliminary texts went from one stage to the next.</summary>
public sealed record FlowRow(string From, string To, int Texts);

/// <summary>The whole flow of a consolidation: the diagram's nodes and links, and the same figures as rows.</summary>
public sealed record FlowView(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowLink> Links, IReadOnlyList<FlowRow> Rows);

/// <summary>What became of one preliminary text at a stocktaking convening: its disposition and, where it went into one, the consolidated text.</summary>
public sealed record TextFate(int MeetingNumber, string Convening, Disposition? Disposition, ConsolidatedTextView? Into);

public sealed class ConsolidationQueries(PlenaryDbContext db)
{
    /// <summary>What became of a preliminary text in the consolidations of the body; null when no consolidation counts it in its period.</summary>
    public async Task<TextFate?> FateAsync(string slug, string identifier, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().Where(b => b.Slug == slug).Select(b => new { b.Id }).SingleOrDefaultAsync(ct);
        if (body is null) return null;
        var stocktaking = await db.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id && m.IsStocktaking).OrderBy(m => m.StartDate).Select(m => m.Number).ToListAsync(ct);
        foreach (var number in stocktaking)
            if (await GetAsync(slug, number, ct) is { } view && view.Preliminary.FirstOrDefault(p => p.Identifier == identifier) is { } found)
                return new TextFate(number, view.Convening, found.Disposition, found.Disposition?.Into is { } into ? view.Texts.FirstOrDefault(t => t.Number == into) : null);
        return null;
    }

    /// <summary>
    /// The flow of the period's preliminary texts: by year, to their dispositions, to the adopted texts by topic (or to the
    /// texts not adopted, or still negotiated). Every preliminary text is counted once in each column it reaches.
    /// </summary>
    public static FlowView Flow(ConsolidationView view)
    {
        var nodes = new List<FlowNode>();
        var links = new Dictionary<(string, string), int>();
        foreach (var year in view.Preliminary.Select(p => p.Year).Distinct().Order())
            nodes.Add(new FlowNode($"y{year}", 0, $"Suggested in {year.ToString(CultureInfo.InvariantCulture)}"));
        foreach (var kind in Enum.GetValues<DispositionKind>())
            nodes.Add(new FlowNode($"d{kind}", 1, Sentences.Opening(DispositionWords.Of(kind))));
        nodes.Add(new FlowNode("dnone", 1, "No disposition yet"));
        foreach (var topic in view.Topics.Concat(view.Texts.Select(t => t.Topic)).Distinct())
            nodes.Add(new FlowNode($"t{topic}", 2, $"Adopted: {topic}"));
        nodes.Add(new FlowNode("onegotiated", 2, "Still negotiated"));
        nodes.Add(new FlowNode("onot", 2, "Not adopted"));
        void Add(string from, string to) => links[(from, to)] = links.GetValueOrDefault((from, to)) + 1;
        foreach (var p in view.Preliminary)
        {
            var middle = p.Disposition is { } d ? $"d{d.Kind}" : "dnone";
            Add($"y{p.Year}", middle);
            if (p.Disposition?.Into is { } into && view.Texts.FirstOrDefault(t => t.Number == into) is { } text)
                Add(middle, text.State switch
                {
                    ConsolidatedState.Adopted => $"t{text.Topic}",
                    ConsolidatedState.NotAdopted => "onot",
                    _ => "onegotiated",
                });
        }
        var label = nodes.ToDictionary(n => n.Id, n => n.Label);
        var ordered = links.Select(l => new FlowLink(l.Key.Item1, l.Key.Item2, l.Value))
            .OrderBy(l => nodes.FindIndex(n => n.Id == l.From)).ThenBy(l => nodes.FindIndex(n => n.Id == l.To)).ToList();
        return new FlowView(nodes, ordered, ordered.Select(l => new FlowRow(label[l.From], label[l.To], l.Value)).ToList());
    }

    /// <summary>The consolidation of a convening (empty when none was opened yet); null when the body or convening does not exist.</summary>
    public async Task<ConsolidationView?> GetAsync(string slug, int number, CancellationToken ct = default)
    {
        if (await PreliminaryTexts.ConveningAsync(db, slug, number, ct) is not var (body, meeting)) return null;
        var (convenings, texts, workplan) = await Consolidations.PeriodAsync(db, body, meeting, ct);
        var consolidation = await Consolidations.Load(db, body.Id, number).AsNoTracking().SingleOrDefaultAsync(ct);
        var names = convenings.ToDictionary(m => m.Number, m => Convenings.Heading(body.Convenes, m));
        var preliminary = texts.Select(t => new PeriodText(t.Identifier, t.MeetingNumber, names[t.MeetingNumber], t.Year, t.Topic, t.Kind, t.Text,
            t.SuggestedBy.Select(PreliminaryQueries.Name).ToList(), consolidation?.DispositionOf(Consolidations.ToSource(t)))).ToList();
        var topics = workplan?.PlannedMeetings.OrderBy(p => p.Position).SelectMany(p => p.Topics).Distinct().ToList() ?? [];
        return new ConsolidationView(body.Slug, body.FullName, body.ShortName, meeting.Number, Convenings.Heading(body.Convenes, meeting),
            Convenings.The(body.Convenes, meeting), Plenary.Domain.Editorial.Dates.Masthead(meeting.StartDate, meeting.EndDate), meeting.IsStocktaking, workplan?.Title, topics,
            consolidation?.Version ?? 0, consolidation?.FinalisedAt, preliminary,
            (consolidation?.Texts ?? []).OrderBy(t => t.Number).Select(View).ToList(),
            (consolidation?.Snapshots ?? []).OrderByDescending(s => s.Number).Select(View).ToList(),
            consolidation?.IgnoredProposals ?? [])
        {
            ConveningName = Convenings.Name(body.Convenes, meeting),
            Noun = Convenings.KindNoun(body.Convenes, Domain.Meetings.ConveningKind.Regular),
            MastheadLine = $"{meeting.Venue}, {Plenary.Domain.Editorial.Dates.Masthead(meeting.StartDate, meeting.EndDate)}",
            ConveningLine = body.Convenes == Domain.Bodies.Convenes.Sessions ? Convenings.Heading(body.Convenes, meeting) : null,
        };
    }

    /// <summary>
    /// The assistant's proposals among the texts that have no disposition yet, less those the Rapporteur ignored, best first.
    /// </summary>
    public static IReadOnlyList<ProposalView> Proposals(ConsolidationView view)
    {
        var open = view.WithoutDisposition;
        if (open.Count < 2) return [];
        var byId = open.ToDictionary(p => p.Identifier);
        var groups = new SimilarityAssistant().Propose(open.Select(p => new SimilarityText(p.Identifier, p.Text)).ToList());
        var ignored = view.IgnoredProposals.ToHashSet(StringComparer.Ordinal);
        return groups
            .Select(g => new ProposalView(g.Score, g.Members.Select(m =>
            {
                var p = byId[m.Id];
                return new ProposalMember(p.Identifier, p.Convening, p.Topic, p.Kind, p.Text, m.Cohesion, Segments(p.Text, m.Shared));
            }).ToList()))
            .Where(p => !ignored.Contains(p.Key)).ToList();
    }

    /// <summary>The text cut into stretches at the shared spans, in order; together they are the whole text.</summary>
    public static IReadOnlyList<TextSegment> Segments(string text, IReadOnlyList<HighlightSpan> shared)
    {
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var span in shared.OrderBy(s => s.Start))
        {
            if (span.Start < at || span.Start + span.Length > text.Length) continue;
            if (span.Start > at) segments.Add(new TextSegment(text[at..span.Start], false));
            segments.Add(new TextSegment(text.Substring(span.Start, span.Length), true));
            at = span.Start + span.Length;
        }
        if (at < text.Length) segments.Add(new TextSegment(text[at..], false));
        return segments;
    }

    private static ConsolidatedTextView View(ConsolidatedText t)
    {
        var versions = t.Versions.OrderBy(v => v.Number).ToList();
        return new ConsolidatedTextView(t.Number, t.Topic, t.Kind, t.State, t.StateChangedAt, t.Sources, t.Text,
            versions.Select((v, i) => new VersionView(v.Number, v.Text, v.Note, v.At, v.By,
                i == 0 ? [] : WordDiff.Compare(versions[i - 1].Text, v.Text))).ToList());
    }

    private static SnapshotView View(AgreedSnapshot s) =>
        new(s.Number, s.Heading, s.StatusDate, s.StatusTime, s.PublishedAt,
            s.Texts.OrderBy(t => t.Position).Select(t => new SnapshotTextView(t.Number, t.Topic, t.Kind, t.State, t.Text)).ToList());
}
