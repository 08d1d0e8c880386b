using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Live;
using Plenary.Domain;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Application.Participation;

/// <summary>One request for the floor as pages, the API and the room display show it.</summary>
public sealed record SpeakerView(Guid Id, string Item, int Position, ParticipantKey Participant, ParticipantCategory Category, string? OnBehalfOf,
    SpeakerKind Kind, SpeakerStatus Status, int? PlenaryMeeting, DateTimeOffset RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? FloorSince,
    long ElapsedBeforeMs, DateTimeOffset? EndedAt)
{
    /// <summary>"South Africa", "Council of Europe".</summary>
    public string Name => Participant.DisplayName;

    /// <summary>"South Africa (on behalf of the Group of African States)", "Chile (right of reply)".</summary>
    public string Label => Kind == SpeakerKind.RightOfReply ? $"{Name} (right of reply)" : OnBehalfOf is null ? Name : $"{Name} (on behalf of {OnBehalfOf})";

    /// <summary>Whether the speaking-time clock is running now.</summary>
    public bool Running => FloorSince is not null;

    /// <summary>The time spoken by <paramref name="now"/>, from the stored times.</summary>
    public TimeSpan Elapsed(DateTimeOffset now) =>
        TimeSpan.FromMilliseconds(ElapsedBeforeMs) + (FloorSince is { } since && now > since ? now - since : TimeSpan.Zero);
}

/// <summary>An agenda item's list: those waiting in order, and those who have spoken.</summary>
public sealed record SpeakersItemView(string Number, string Title, IReadOnlyList<SpeakerView> Waiting, IReadOnlyList<SpeakerView> Spoken);

/// <summary>A plenary meeting the Chair may take an item up at.</summary>
public sealed record SittingChoice(int Number, string Name);

/// <summary>A meeting's list of speakers; Version 0 while nobody has asked for the floor.</summary>
public sealed record SpeakersView(string BodySlug, string BodyName, int MeetingNumber, string MeetingName, int Version, bool IsOpen,
    int? PlenaryMeeting, string? PlenaryMeetingName, string? Item, string? ItemTitle, int TimeLimitSeconds, SpeakerView? Current,
    IReadOnlyList<SpeakersItemView> Items, IReadOnlyList<SittingChoice> PlenaryMeetings)
{
    /// <summary>The list of the item under consideration (null before the Chair takes one up).</summary>
    public SpeakersItemView? CurrentItem => Item is null ? null : Items.FirstOrDefault(i => i.Number == Item);
}

/// <summary>Who asks for the floor, as a form or an API body gives it.</summary>
public sealed record FloorRequest(ParticipantKey Participant, string? Item, string? OnBehalfOf, bool RightOfReply);

/// <summary>
/// The list of speakers of a meeting (ADR 0019): delegations ask for the floor (a delegate for their own, the Secretariat for
/// anyone), the Chair takes up items, gives the floor, runs the clock, reorders and marks statements made, which are then
/// recorded as <see cref="Statement"/>s in the same save. Every change goes through the edit pipeline, then tells the live
/// views (the Chair's screen, the list, the room display) through a change notice on <see cref="Topic"/>.
/// </summary>
public sealed class ListOfSpeakers(PlenaryDbContext db, EditPipeline pipeline, Organizations organizations, IChangeNotices notices,
    TimeProvider clock, ILogger<ListOfSpeakers> log)
{
    public const string TopicPrefix = "speakers/";

    /// <summary>The change-notice topic of a meeting's list: "speakers/eg-cybercrime/7".</summary>
    public static string Topic(string slug, int number) => $"{TopicPrefix}{slug}/{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The meeting a topic names, or null when it names none.</summary>
    public static (string Slug, int Number)? FromTopic(string topic)
    {
        if (!topic.StartsWith(TopicPrefix, StringComparison.Ordinal)) return null;
        var rest = topic[TopicPrefix.Length..];
        var slash = rest.LastIndexOf('/');
        return slash > 0 && int.TryParse(rest[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (rest[..slash], n) : null;
    }

    public async Task<SpeakersView?> GetAsync(string slug, int number, CancellationToken ct = default)
    {
        if (await LoadAsync(slug, number, ct) is not { } found) return null;
        var list = await db.SpeakersLists.AsNoTracking().Include(l => l.Speakers)
            .SingleOrDefaultAsync(l => l.BodyId == found.Body.Id && l.MeetingNumber == number, ct);
        return View(found.Body, found.Meeting, list);
    }

    /// <summary>A delegation asks for the floor (or the Secretariat asks for it).</summary>
    public async Task<(EditResult Result, Guid? Speaker)> RequestAsync(string slug, int number, int version, FloorRequest request, CancellationToken ct = default)
    {
        Guid? added = null;
        var result = await EditAsync(slug, number, version, async (list, meeting) =>
        {
            var (key, category) = await WhoAsync(request.Participant, ct);
            var item = string.IsNullOrWhiteSpace(request.Item) ? null : ItemNumber(request.Item);
            added = list.Request(meeting, item, key.IsState, key.Name, category, request.OnBehalfOf,
                request.RightOfReply ? SpeakerKind.RightOfReply : SpeakerKind.Statement, clock.GetUtcNow()).Id;
        }, ct);
        return (result, result.Succeeded ? added : null);
    }

    /// <summary>The request of a speaker, for the scope check of a withdrawal (a delegate withdraws only their own).</summary>
    public async Task<ParticipantKey?> SpeakerAsync(string slug, int number, Guid speaker, CancellationToken ct = default) =>
        await GetAsync(slug, number, ct) is { } view
            ? view.Items.SelectMany(i => i.Waiting.Concat(i.Spoken)).Concat(view.Current is { } c ? [c] : []).FirstOrDefault(s => s.Id == speaker)?.Participant
            : null;

    public Task<EditResult> WithdrawAsync(string slug, int number, int version, Guid speaker, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (list, _) => list.Withdraw(speaker), ct);

    public Task<EditResult> MoveAsync(string slug, int number, int version, Guid speaker, int toPosition, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (list, _) => list.Move(speaker, toPosition), ct);

    /// <summary>The Chair takes up an agenda item at a plenary meeting.</summary>
    public Task<EditResult> TakeUpAsync(string slug, int number, int version, int plenaryMeeting, string? item, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (list, meeting) => list.TakeUp(meeting, plenaryMeeting, ItemNumber(item)), ct);

    public Task<EditResult> LimitSpeakingTimeAsync(string slug, int number, int version, int seconds, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (list, _) => list.LimitSpeakingTime(seconds), ct);

    /// <summary>"Next speaker": the statement being made is marked made (and recorded), and the next one waiting has the floor.</summary>
    public Task<EditResult> NextAsync(string slug, int number, int version, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (list, meeting) => Record(meeting, list.Next(clock.GetUtcNow())), ct);

    /// <summary>Gives the floor to a waiting speaker out of turn; the statement being made is marked made.</summary>
    public Task<EditResult> GiveFloorAsync(string slug, int number, int version, Guid speaker, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (list, meeting) => Record(meeting, list.GiveFloor(speaker, clock.GetUtcNow())), ct);

    /// <summary>Marks the statement being made as made (and records it); the floor is free.</summary>
    public Task<EditResult> FinishAsync(string slug, int number, int version, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (list, meeting) => Record(meeting, list.Finish(clock.GetUtcNow())), ct);

    /// <summary>Stops or starts the speaking-time clock.</summary>
    public Task<EditResult> RunClockAsync(string slug, int number, int version, bool running, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (list, _) =>
        {
            if (running) list.ResumeClock(clock.GetUtcNow());
            else list.PauseClock(clock.GetUtcNow());
        }, ct);

    /// <summary>
    /// The room display's state: the version (the list's) and the JSON the display draws (current item, speaker and clock,
    /// next speakers). Null when the topic names no meeting.
    /// </summary>
    public async Task<(string Version, string Json)?> LiveStateAsync(string topic, CancellationToken ct = default)
    {
        if (FromTopic(topic) is not var (slug, number) || await GetAsync(slug, number, ct) is not { } view) return null;
        var item = view.CurrentItem;
        var state = new LiveSpeakers(view.Version, view.MeetingName, view.PlenaryMeetingName, view.Item, view.ItemTitle, view.TimeLimitSeconds,
            view.Current is { } c ? new LiveSpeaker(c.Label, c.Name, c.OnBehalfOf, c.Kind == SpeakerKind.RightOfReply, c.FloorSince, c.ElapsedBeforeMs) : null,
            item?.Waiting.Take(LiveSpeakers.Shown).Select(s => new LiveSpeaker(s.Label, s.Name, s.OnBehalfOf, s.Kind == SpeakerKind.RightOfReply, null, 0)).ToList() ?? [],
            item?.Waiting.Count ?? 0, item?.Spoken.Count ?? 0);
        return (view.Version.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(state, LiveJson));
    }

    private static readonly JsonSerializerOptions LiveJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    private void Record(Meeting meeting, SpokenStatement? made)
    {
        if (made is null) return;
        db.Statements.Add(Statement.Record(meeting, made.PlenaryMeeting, AgendaItemNumber.Parse(made.Item), made.IsState, made.Participant, made.Category,
            made.OnBehalfOf, made.Kind == SpeakerKind.RightOfReply, made.SpeakerId));
    }

    private async Task<(ParticipantKey Key, ParticipantCategory Category)> WhoAsync(ParticipantKey participant, CancellationToken ct)
    {
        if (participant.IsState)
        {
            var state = StateRegister.Require(participant.Name, "speakers.participant", "The State");
            return (ParticipantKey.State(state.Code), state.Category);
        }
        var organization = await organizations.RequireAsync(participant.Name, "speakers.participant", "The organization", ct);
        return (ParticipantKey.Organization(organization.Name), organization.Category);
    }

    private static AgendaItemNumber ItemNumber(string? item)
    {
        try { return AgendaItemNumber.Parse(item); }
        catch (DomainException e) { throw new DomainException("speakers.item", e.Message); }
    }

    private Task<EditResult> EditAsync(string slug, int number, int version, Action<SpeakersList, Meeting> edit, CancellationToken ct) =>
        EditAsync(slug, number, version, (l, m) =>
        {
            edit(l, m);
            return Task.CompletedTask;
        }, ct);

    /// <summary>An edit of the list through the pipeline (opened on its first edit, at version 0), then the change notice.</summary>
    private async Task<EditResult> EditAsync(string slug, int number, int version, Func<SpeakersList, Meeting, Task> edit, CancellationToken ct)
    {
        if (await LoadAsync(slug, number, ct) is not { } found) return EditResult.Missing($"There is no convening {number} of '{slug}'.");
        var (body, meeting) = found;
        var target = new EditTarget<SpeakersList>("The list of speakers",
            ct => db.SpeakersLists.Include(l => l.Speakers).SingleOrDefaultAsync(l => l.BodyId == body.Id && l.MeetingNumber == number, ct),
            $"There is no list of speakers for convening {number}.")
        {
            PageShows = "the list as it stands",
            FieldOf = FieldOf,
            Open = () => SpeakersList.Open(meeting),
        };
        var result = await pipeline.EditAsync(target, version, async list =>
        {
            await edit(list, meeting);
            return null;
        }, ct);
        if (result.Succeeded) await PublishAsync(Topic(slug, number));
        return result;
    }

    /// <summary>Tells the live views; a notice that cannot be sent costs only a late refresh (ADR 0017), never the saved change.</summary>
    private async Task PublishAsync(string topic)
    {
        try
        {
            await notices.PublishAsync(topic);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or IOException or TimeoutException or InvalidOperationException)
        {
            log.LogWarning(e, "The change notice for {Topic} could not be sent; live views catch up when they reconnect.", topic);
        }
    }

    private static string? FieldOf(string code) => code switch
    {
        "speakers.participant" => "Participant",
        "speakers.item" => "Item",
        "speakers.on_behalf_of" => "OnBehalfOf",
        "speakers.kind" => "RightOfReply",
        "speakers.duplicate" => "Participant",
        "speakers.time_limit" => "TimeLimit",
        "speakers.plenary" => "PlenaryMeeting",
        "speakers.position" => "To",
        _ => null,
    };

    private async Task<(Body Body, Meeting Meeting)?> LoadAsync(string slug, int number, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.PlenaryMeetings).Include(m => m.AgendaItems).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.BodyId == body.Id && m.Number == number, ct);
        return meeting is null ? null : (body, meeting);
    }

    private static SpeakersView View(Body body, Meeting meeting, SpeakersList? list)
    {
        var items = meeting.AgendaInOrder.ToList();
        var speakers = list?.Speakers.Select(Speaker).ToList() ?? [];
        // The short title where the item has one: the lists, the Chair's screen and the room display show it in large type.
        var title = (string? number) => items.FirstOrDefault(i => i.Number.ToString() == number) is { } i ? i.ShortTitle ?? i.Title : null;
        return new SpeakersView(body.Slug, body.ShortName, meeting.Number, ParticipationNames.Convening(body, meeting), list?.Version ?? 0,
            meeting.Status is not (MeetingStatus.Held or MeetingStatus.Cancelled),
            list?.PlenaryMeeting, list?.PlenaryMeeting is { } p ? ParticipationNames.Sitting(body, meeting, p) : null,
            list?.Item, title(list?.Item), list?.TimeLimitSeconds ?? SpeakersList.DefaultTimeLimitSeconds,
            speakers.FirstOrDefault(s => s.Status == SpeakerStatus.Speaking),
            items.Select(i => i.Number.ToString()).Select(n => new SpeakersItemView(n, title(n)!,
                speakers.Where(s => s.Item == n && s.Status == SpeakerStatus.Waiting).OrderBy(s => s.Position).ToList(),
                speakers.Where(s => s.Item == n && s.Status == SpeakerStatus.Spoke).OrderBy(s => s.StartedAt).ToList())).ToList(),
            meeting.PlenaryMeetings.OrderBy(s => s.Number).Select(s => new SittingChoice(s.Number, ParticipationNames.Sitting(body, meeting, s.Number))).ToList());
    }

    private static SpeakerView Speaker(Speaker s) =>
        new(s.Id, s.Item, s.Position, new ParticipantKey(s.IsState, s.Participant), s.Category, s.OnBehalfOf, s.Kind, s.Status, s.PlenaryMeeting,
            s.RequestedAt, s.StartedAt, s.FloorSince, s.ElapsedBeforeMs, s.EndedAt);
}

/// <summary>What the room display draws (JSON, camelCase): the clock is the stored times, so every viewer computes the same.</summary>
public sealed record LiveSpeakers(int Version, string Meeting, string? Sitting, string? Item, string? ItemTitle, int TimeLimitSeconds,
    LiveSpeaker? Current, IReadOnlyList<LiveSpeaker> Next, int Waiting, int Spoken)
{
    /// <summary>How many of those waiting the display shows.</summary>
    public const int Shown = 8;
}

/// <param name="FloorSince">When the clock started running (null: stopped); the time spoken is <paramref name="ElapsedBeforeMs"/> plus the time since.</param>
public sealed record LiveSpeaker(string Label, string Name, string? OnBehalfOf, bool RightOfReply, DateTimeOffset? FloorSince, long ElapsedBeforeMs);
