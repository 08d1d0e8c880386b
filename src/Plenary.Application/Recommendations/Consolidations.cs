using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Live;
using Plenary.Application.Records;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>
/// The Rapporteur's consolidation at the stocktaking convening (issue 9, item 4): consolidated texts made from preliminary
/// texts and negotiated version by version, their states, the dispositions of the preliminary texts, the assistant's
/// proposals set aside, snapshots of agreed texts, finalising the list. Every write goes through the edit pipeline; the
/// consolidation is opened on its first edit (version 0).
/// </summary>
public sealed class Consolidations(PlenaryDbContext db, EditPipeline pipeline, TimeProvider clock, IChangeNotices notices, ILogger<Consolidations> log)
{
    public const string TopicPrefix = "consolidation/";

    /// <summary>The change-notice topic of a convening's consolidation, followed by its live view: "consolidation/eg-cybercrime/7".</summary>
    public static string Topic(string slug, int number) => $"{TopicPrefix}{slug}/{number.ToString(CultureInfo.InvariantCulture)}";

    public Task<EditResult> ConsolidateAsync(string slug, int number, int version, IReadOnlyList<string> sources, string? topic, TextKind? kind, string? text, string? by, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, period) =>
        {
            var chosen = sources.Select(s => Source(period, s, "consolidated.sources")).ToList();
            c.Consolidate(chosen, topic, kind, text, clock.GetUtcNow(), by);
        }, ct);

    public Task<EditResult> AmendAsync(string slug, int number, int version, int text, string? wording, string? note, string? by, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, _) => c.Amend(text, wording, note, clock.GetUtcNow(), by), ct);

    public Task<EditResult> ChangeStateAsync(string slug, int number, int version, int text, ConsolidatedState state, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, _) => c.ChangeState(text, state, clock.GetUtcNow()), ct);

    public Task<EditResult> RemoveSourceAsync(string slug, int number, int version, int text, string? identifier, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, period) => c.RemoveSource(text, Source(period, identifier, "consolidated.sources").Identifier), ct);

    public Task<EditResult> DecideAsync(string slug, int number, int version, string? identifier, DispositionKind kind, string? reason, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, period) => c.Decide(Source(period, identifier, "disposition.identifier"), kind, reason), ct);

    public Task<EditResult> WithdrawAsync(string slug, int number, int version, string? identifier, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, period) => c.Withdraw(Source(period, identifier, "disposition.identifier").Identifier), ct);

    public Task<EditResult> IgnoreAsync(string slug, int number, int version, IReadOnlyList<string> members, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, period) => c.Ignore(members.Select(m => Source(period, m, "proposal.members").Identifier).ToList()), ct);

    public Task<EditResult> PublishAsync(string slug, int number, int version, DateOnly? date, TimeOnly? time, string? by, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, _) =>
        {
            if (date is null) throw new DomainException("snapshot.date", "The date of the status is required.");
            if (time is null) throw new DomainException("snapshot.time", "The time of the status is required.");
            c.Publish(date.Value, time.Value, clock.GetUtcNow(), by);
        }, ct);

    public Task<EditResult> FinaliseAsync(string slug, int number, int version, CancellationToken ct = default) =>
        EditAsync(slug, number, version, (c, period) => c.Finalise(period, clock.GetUtcNow()), ct);

    /// <summary>A preliminary text of the period by identifier (any case); else the refusal about <paramref name="code"/>.</summary>
    private static SourceText Source(IReadOnlyList<SourceText> period, string? identifier, string code)
    {
        if (!PreliminaryText.IsIdentifier(identifier))
            throw new DomainException(code, $"'{identifier}' is not the identifier of a preliminary text; it is written year/topic/number, such as 2020/IC/12.");
        var (y, c, n) = PreliminaryText.Parse(identifier);
        var normal = PreliminaryText.Compose(y, c, n);
        return period.FirstOrDefault(s => s.Identifier == normal)
            ?? throw new DomainException(code, $"{normal} is not a listed preliminary text of the period this convening consolidates.");
    }

    private async Task<EditResult> EditAsync(string slug, int number, int version, Action<Consolidation, IReadOnlyList<SourceText>> edit, CancellationToken ct)
    {
        if (await PreliminaryTexts.ConveningAsync(db, slug, number, ct) is not var (body, meeting))
            return EditResult.Missing($"There is no convening {number} of '{slug}'.");
        var period = (await PeriodAsync(db, body, meeting, ct)).Texts.Select(ToSource).ToList();
        var target = new EditTarget<Consolidation>("The consolidation", ct => Load(db, body.Id, number).SingleOrDefaultAsync(ct),
            $"There is no consolidation at convening {number} of '{slug}'.")
        {
            PageShows = "the consolidation as it stands now",
            FieldOf = FieldOf,
            Open = () => Consolidation.Open(body.Id, meeting),
        };
        var result = await pipeline.EditAsync(target, version, c => edit(c, period), ct);
        if (result.Succeeded)
        {
            // The live view re-reads on the notice; a notice that cannot be sent costs a late refresh, never the saved change (ADR 0017).
            try
            {
                await notices.PublishAsync(Topic(slug, number), CancellationToken.None); // the change is saved: tell the viewers even if the request is gone
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                log.LogWarning(e, "The change notice for {Topic} could not be sent; live views catch up when they reconnect.", Topic(slug, number));
            }
        }
        return result;
    }

    internal static IQueryable<Consolidation> Load(PlenaryDbContext db, Guid bodyId, int number) =>
        db.Consolidations.Where(c => c.BodyId == bodyId && c.MeetingNumber == number)
            .Include(c => c.Texts).ThenInclude(t => t.Versions)
            .Include(c => c.Decisions)
            .Include(c => c.Snapshots).ThenInclude(s => s.Texts)
            .AsSplitQuery();

    public static SourceText ToSource(PreliminaryText t) => new(t.Identifier, t.Topic, t.Kind, t.Text);

    /// <summary>
    /// The convenings whose lists a stocktaking convening consolidates (the earlier convenings of the workplan that covers it)
    /// and their listed texts, in the order of the convenings, topics and numbers. Empty for a convening that is not a stocktaking one.
    /// </summary>
    internal static async Task<(IReadOnlyList<Meeting> Convenings, IReadOnlyList<PreliminaryText> Texts, Workplan? Workplan)> PeriodAsync(
        PlenaryDbContext db, Body body, Meeting meeting, CancellationToken ct)
    {
        var year = meeting.StartDate.Year;
        var workplan = body.Workplans.Where(w => w.PreliminaryConclusions && w.StartYear <= year && year <= w.EndYear).OrderByDescending(w => w.StartYear).FirstOrDefault();
        if (!meeting.IsStocktaking || workplan is null) return ([], [], workplan);
        var convenings = (await db.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id && !m.IsStocktaking && m.StartDate < meeting.StartDate).ToListAsync(ct))
            .Where(m => m.StartDate.Year >= workplan.StartYear && m.StartDate.Year <= workplan.EndYear).OrderBy(m => m.StartDate).ToList();
        var numbers = convenings.Select(m => m.Number).ToList();
        var order = workplan.PlannedMeetings.OrderBy(p => p.Position).SelectMany(p => p.Topics).Distinct().ToList();
        var texts = (await db.PreliminaryTexts.AsNoTracking()
                .Where(t => t.BodyId == body.Id && t.Status == PreliminaryStatus.Listed && numbers.Contains(t.MeetingNumber)).ToListAsync(ct))
            .OrderBy(t => numbers.IndexOf(t.MeetingNumber)).ThenBy(t => order.IndexOf(t.Topic) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(t => t.TopicCode, StringComparer.Ordinal).ThenBy(t => t.Number).ToList();
        return (convenings, texts, workplan);
    }

    internal static string? FieldOf(string code) => code switch
    {
        "consolidated.sources" => "Sources",
        "consolidated.topic" => "Topic",
        "consolidated.kind" => "Kind",
        "consolidated.text" => "Text",
        "consolidated.note" => "Note",
        "consolidated.state" => "State",
        "disposition.identifier" or "disposition.kind" => "Identifier",
        "disposition.reason" => "Reason",
        "snapshot.date" => "StatusDate",
        "snapshot.time" or "snapshot.status" => "StatusTime",
        _ => null,
    };
}
