using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.Domain.Bodies;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>A State as a list shows it: by name (and as running text names it, "the Russian Federation"), with its code for links and forms.</summary>
public sealed record StateName(string Code, string Name, string InText);

/// <summary>A preliminary text as pages and the API show it.</summary>
public sealed record PreliminaryTextView(string Identifier, int MeetingNumber, string Topic, string TopicCode, string? AgendaItem, TextKind Kind,
    string Text, string Language, IReadOnlyList<StateName> SuggestedBy, PreliminaryStatus Status, string? RemovalReason, string? MergedInto,
    DateTimeOffset RecordedAt, int Version)
{
    /// <summary>"Argentina, Brazil and Mexico".</summary>
    public string SuggestedByText => Lists.Join(SuggestedBy.Select(s => s.InText).ToList());

    /// <summary>The text's page: /bodies/{slug}/recommendations/2020/IC/12.</summary>
    public string Path(string slug) => $"/bodies/{slug}/recommendations/{Identifier}";
}

public sealed record TopicTexts(string Topic, string Code, bool Planned, IReadOnlyList<PreliminaryTextView> Texts);

public sealed record AgendaChoice(string Number, string Title);

/// <summary>A convening's list: its texts by topic (the workplan's order, the convening's own topics first) and those that left it.</summary>
public sealed record ConveningListView(string BodySlug, string BodyName, string BodyShortName, int MeetingNumber, string Convening, string ConveningThe,
    string Dates, bool HasWorkplan, string? WorkplanTitle, IReadOnlyList<TopicTexts> Topics, IReadOnlyList<PreliminaryTextView> LeftTheList,
    IReadOnlyList<AgendaChoice> AgendaItems, bool TakingSuggestions)
{
    /// <summary>Whether this is the stocktaking convening, which consolidates the lists and records none of its own.</summary>
    public bool IsStocktaking { get; init; }

    /// <summary>Every topic of the workplan, the convening's own first: what a text may be listed under.</summary>
    public IReadOnlyList<string> WorkplanTopics { get; init; } = [];

    public int Count => Topics.Sum(t => t.Texts.Count);
}

/// <summary>A delegate's suggestion as the queue, the delegate's own page and the API show it.</summary>
public sealed record SuggestionView(Guid Id, int MeetingNumber, StateName State, string SubmittedBy, DateTimeOffset SubmittedAt, string Topic,
    string? AgendaItem, TextKind Kind, string Text, string Language, SuggestionStatus Status, string? Reason, string? Result, string? DecidedBy,
    DateTimeOffset? DecidedAt, int Version);

public sealed class PreliminaryQueries(PlenaryDbContext db, TimeProvider clock)
{
    /// <summary>The convening's list; null when the body or convening does not exist.</summary>
    public async Task<ConveningListView?> ListAsync(string slug, int number, CancellationToken ct = default)
    {
        if (await PreliminaryTexts.ConveningAsync(db, slug, number, ct) is not var (body, meeting)) return null;
        var texts = await db.PreliminaryTexts.AsNoTracking().Where(t => t.BodyId == body.Id && t.MeetingNumber == number).ToListAsync(ct);
        return List(body, meeting, texts, clock.GetUtcNow());
    }

    internal static ConveningListView List(Body body, Meeting meeting, IReadOnlyList<PreliminaryText> texts, DateTimeOffset now)
    {
        var topics = ConveningTopics.Find(body, meeting);
        var listed = texts.Where(t => t.Status == PreliminaryStatus.Listed).ToList();
        var groups = new List<TopicTexts>();
        foreach (var topic in topics?.Topics ?? [])
        {
            var under = listed.Where(t => t.Topic == topic).OrderBy(t => t.Number).Select(View).ToList();
            var planned = topics!.Planned.Contains(topic);
            if (planned || under.Count > 0) groups.Add(new TopicTexts(topic, topics.Codes[topic], planned, under));
        }
        // A topic the workplan no longer names keeps its texts in view.
        foreach (var orphan in listed.Where(t => topics is null || !topics.Topics.Contains(t.Topic)).GroupBy(t => t.Topic))
            groups.Add(new TopicTexts(orphan.Key, orphan.First().TopicCode, false, orphan.OrderBy(t => t.Number).Select(View).ToList()));
        return new ConveningListView(body.Slug, body.FullName, body.ShortName, meeting.Number, Convenings.Heading(body.Convenes, meeting),
            Convenings.The(body.Convenes, meeting), Dates.Masthead(meeting.StartDate, meeting.EndDate), topics is not null && !meeting.IsStocktaking, topics?.Workplan.Title,
            groups, texts.Where(t => t.Status != PreliminaryStatus.Listed).OrderBy(t => t.Identifier, StringComparer.Ordinal).Select(View).ToList(),
            meeting.AgendaInOrder.Select(i => new AgendaChoice(i.Number.ToString(), i.Title)).ToList(),
            topics is not null && !meeting.IsStocktaking && meeting.Status is not (MeetingStatus.Cancelled or MeetingStatus.Postponed) && Suggestion.During(meeting, now))
        {
            IsStocktaking = meeting.IsStocktaking,
            WorkplanTopics = topics?.Topics ?? [],
        };
    }

    /// <summary>One text of the body, by identifier; null when there is none.</summary>
    public async Task<PreliminaryTextView?> GetAsync(string slug, string identifier, CancellationToken ct = default)
    {
        if (!PreliminaryText.IsIdentifier(identifier)) return null;
        var (y, c, n) = PreliminaryText.Parse(identifier);
        var normal = PreliminaryText.Compose(y, c, n);
        var text = await db.PreliminaryTexts.AsNoTracking()
            .Where(t => db.Bodies.Any(b => b.Slug == slug && b.Id == t.BodyId) && t.Identifier == normal).SingleOrDefaultAsync(ct);
        return text is null ? null : View(text);
    }

    /// <summary>The store's id of a text (for its History panel); null when there is none.</summary>
    public async Task<Guid?> IdOfAsync(string slug, string identifier, CancellationToken ct = default) =>
        await db.PreliminaryTexts.Where(t => t.Identifier == identifier && db.Bodies.Any(b => b.Slug == slug && b.Id == t.BodyId))
            .Select(t => (Guid?)t.Id).SingleOrDefaultAsync(ct);

    /// <summary>The suggestions of a convening, pending first (oldest first), then those decided (newest first); optionally one State's.</summary>
    public async Task<IReadOnlyList<SuggestionView>?> SuggestionsAsync(string slug, int number, string? state = null, CancellationToken ct = default)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is null || !await db.Meetings.AnyAsync(m => m.BodyId == bodyId && m.Number == number, ct)) return null;
        var query = db.Suggestions.AsNoTracking().Where(s => s.BodyId == bodyId && s.MeetingNumber == number);
        if (state is not null) query = query.Where(s => s.State == state);
        var all = await query.ToListAsync(ct);
        return all.Where(s => s.Status == SuggestionStatus.Pending).OrderBy(s => s.SubmittedAt)
            .Concat(all.Where(s => s.Status != SuggestionStatus.Pending).OrderByDescending(s => s.DecidedAt))
            .Select(View).ToList();
    }

    /// <summary>One suggestion of the body; null when there is none.</summary>
    public async Task<SuggestionView?> SuggestionAsync(string slug, Guid id, CancellationToken ct = default)
    {
        var s = await db.Suggestions.AsNoTracking()
            .Where(s => s.Id == id && db.Bodies.Any(b => b.Slug == slug && b.Id == s.BodyId)).SingleOrDefaultAsync(ct);
        return s is null ? null : View(s);
    }

    public static PreliminaryTextView View(PreliminaryText t) =>
        new(t.Identifier, t.MeetingNumber, t.Topic, t.TopicCode, t.AgendaItem, t.Kind, t.Text, t.Language,
            t.SuggestedBy.Select(Name).ToList(), t.Status, t.RemovalReason, t.MergedInto, t.RecordedAt, t.Version);

    public static SuggestionView View(Suggestion s) =>
        new(s.Id, s.MeetingNumber, Name(s.State), s.SubmittedBy, s.SubmittedAt, s.Topic, s.AgendaItem, s.Kind, s.Text, s.Language, s.Status,
            s.Reason, s.Result, s.DecidedBy, s.DecidedAt, s.Version);

    public static StateName Name(string code) =>
        StateRegister.FindByCode(code) is { } state ? new(code, state.ShortName, state.NameInText) : new(code, code, code);
}
