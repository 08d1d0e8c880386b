using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Live;
using Plenary.Application.Notifications;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Decisions;

namespace Plenary.Application.Decisions;

/// <summary>Who takes a step: the account, and how the procedure's timeline names them.</summary>
public sealed record StepActor(Guid? UserId, string Name);

/// <summary>
/// The use cases of silence procedures, each through the one edit pipeline: draft (or draft a revision
/// after a break), edit a draft, circulate (the circle's accounts are told, in the inbox and by email),
/// break silence or record no objection (a member of the circle), extend the deadline or withdraw (the
/// Secretariat). A member's answer names no version: it does not depend on what others said, and a
/// break at the last second must not be refused because someone else answered a moment before.
/// Conclusion at the deadline is <see cref="ConcludeSilenceProcedures"/>.
/// </summary>
public sealed class SilenceProcedures(PlenaryDbContext db, EditPipeline pipeline, TimeProvider clock, IChangeNotices notices)
{
    public static string Topic(string slug, int number) => $"silence/{slug}/{number}";

    public async Task<(EditResult Result, int? Number)> DraftAsync(string slug, SilenceProposal proposal, StepActor actor, CancellationToken ct = default)
    {
        if (await BodyAsync(slug, ct) is not { } body) return (EditResult.Missing($"There is no body with the slug '{slug}'."), null);
        var number = await NextNumberAsync(body.Id, ct);
        if (await MeetingMissingAsync(body.Id, proposal.MeetingNumber, ct) is { } missing) return (missing, null);
        var (result, added) = await pipeline.AddAsync(
            () => SilenceProcedure.Draft(body.Id, number, proposal, clock.GetUtcNow(), actor.UserId, actor.Name),
            _ => Task.FromResult<EditResult?>(null), FieldOf,
            _ => EditResult.Clash($"Silence procedure {number} was drafted by someone else at the same moment; draft yours again."), ct);
        return (result, added?.Number);
    }

    public async Task<(EditResult Result, int? Number)> DraftRevisionAsync(string slug, int first, SilenceProposal proposal, StepActor actor, CancellationToken ct = default)
    {
        if (await BodyAsync(slug, ct) is not { } body) return (EditResult.Missing($"There is no body with the slug '{slug}'."), null);
        var original = await Procedures(body.Id).AsNoTracking().Include(p => p.Steps).SingleOrDefaultAsync(p => p.Number == first, ct);
        if (original is null) return (EditResult.Missing($"The {body.ShortName} has no silence procedure {first}."), null);
        var number = await NextNumberAsync(body.Id, ct);
        var (result, added) = await pipeline.AddAsync(
            () => SilenceProcedure.DraftRevision(original, number, proposal, clock.GetUtcNow(), actor.UserId, actor.Name),
            _ => Task.FromResult<EditResult?>(null), FieldOf,
            _ => EditResult.Clash($"Silence procedure {number} was drafted by someone else at the same moment; draft yours again."), ct);
        return (result, added?.Number);
    }

    public async Task<EditResult> EditDraftAsync(string slug, int number, int version, SilenceProposal proposal, CancellationToken ct = default)
    {
        if (await BodyAsync(slug, ct) is not { } body) return EditResult.Missing($"There is no body with the slug '{slug}'.");
        if (await MeetingMissingAsync(body.Id, proposal.MeetingNumber, ct) is { } missing) return missing;
        return await EditAsync(body, number, version, p => p.EditDraft(proposal), ct);
    }

    public async Task<EditResult> CirculateAsync(string slug, int number, int version, StepActor actor, CancellationToken ct = default)
    {
        if (await BodyAsync(slug, ct) is not { } body) return EditResult.Missing($"There is no body with the slug '{slug}'.");
        var settings = await SettingsAsync(body, ct);
        var result = await pipeline.EditAsync(Target(body, number), version, async p =>
        {
            var circle = await CircleAccounts.OfAsync(db, body.Id, p.Circle, ct);
            var now = clock.GetUtcNow();
            p.Circulate(circle, now, settings.MinimumNotice, actor.UserId, actor.Name);
            var (subject, text) = SilenceNotices.Circulated(p, body.FullName, SilenceNotices.Link(slug, number));
            foreach (var m in p.Members) db.Notifications.Add(Notification.To(m.UserId, m.Email, body.Id, now, subject, text, SilenceNotices.Link(slug, number)));
            return null;
        }, ct);
        return await PublishedAsync(result, slug, number, ct);
    }

    public Task<EditResult> BreakSilenceAsync(string slug, int number, Guid userId, ResponseKind kind, string? text, CancellationToken ct = default) =>
        AnswerAsync(slug, number, (body, p, now) =>
        {
            var step = p.BreakSilence(userId, kind, text, now);
            var (subject, message) = SilenceNotices.Broken(p, step, SilenceNotices.Link(slug, number));
            return async () =>
            {
                foreach (var (id, email) in await CircleAccounts.SecretariatAsync(db, body.Id, ct))
                    db.Notifications.Add(Notification.To(id, email, body.Id, now, subject, message, SilenceNotices.Link(slug, number)));
            };
        }, ct);

    public Task<EditResult> RecordNoObjectionAsync(string slug, int number, Guid userId, CancellationToken ct = default) =>
        AnswerAsync(slug, number, (_, p, now) =>
        {
            p.RecordNoObjection(userId, now);
            return () => Task.CompletedTask;
        }, ct);

    public async Task<EditResult> ExtendAsync(string slug, int number, int version, DateOnly date, TimeOnly time, string? timeZone, string? reason, StepActor actor, CancellationToken ct = default)
    {
        if (await BodyAsync(slug, ct) is not { } body) return EditResult.Missing($"There is no body with the slug '{slug}'.");
        var result = await EditAsync(body, number, version, p =>
        {
            var now = clock.GetUtcNow();
            var previous = p.DeadlineAt;
            p.ExtendDeadline(Deadline.Create(date, time, timeZone), reason, now, actor.UserId, actor.Name);
            var (subject, text) = SilenceNotices.Extended(p, body.FullName, previous, reason, SilenceNotices.Link(slug, number));
            foreach (var m in p.Members) db.Notifications.Add(Notification.To(m.UserId, m.Email, body.Id, now, subject, text, SilenceNotices.Link(slug, number)));
        }, ct);
        return await PublishedAsync(result, slug, number, ct);
    }

    public async Task<EditResult> WithdrawAsync(string slug, int number, int version, string? reason, StepActor actor, CancellationToken ct = default)
    {
        if (await BodyAsync(slug, ct) is not { } body) return EditResult.Missing($"There is no body with the slug '{slug}'.");
        var result = await EditAsync(body, number, version, p =>
        {
            var now = clock.GetUtcNow();
            p.Withdraw(reason, now, actor.UserId, actor.Name);
            var (subject, text) = SilenceNotices.Withdrawn(p, body.FullName, reason, SilenceNotices.Link(slug, number));
            foreach (var m in p.Members) db.Notifications.Add(Notification.To(m.UserId, m.Email, body.Id, now, subject, text, SilenceNotices.Link(slug, number)));
        }, ct);
        return await PublishedAsync(result, slug, number, ct);
    }

    /// <summary>A body's rules for silence procedures (the defaults until it sets its own).</summary>
    public async Task<SilenceSettings> SettingsAsync(Body body, CancellationToken ct) =>
        await db.SilenceSettings.AsNoTracking().SingleOrDefaultAsync(s => s.BodyId == body.Id, ct) ?? SilenceSettings.Default(body.Id);

    public async Task<EditResult> ChangeSettingsAsync(string slug, int version, int minimumNoticeHours, string? timeZone, TimeOnly time, CancellationToken ct = default)
    {
        if (await BodyAsync(slug, ct) is not { } body) return EditResult.Missing($"There is no body with the slug '{slug}'.");
        var target = new EditTarget<SilenceSettings>("The rules for silence procedures",
            c => db.SilenceSettings.SingleOrDefaultAsync(s => s.BodyId == body.Id, c), $"The {body.ShortName} has no rules for silence procedures yet.")
        {
            Open = () => SilenceSettings.Default(body.Id),
            FieldOf = code => code switch
            {
                "silence_settings.minimum_notice" => "MinimumNoticeHours",
                "silence_settings.time_zone" => "DefaultTimeZone",
                _ => null,
            },
            PageShows = "the rules as they stand",
        };
        return await pipeline.EditAsync(target, version, s => s.Change(minimumNoticeHours, timeZone, time), ct);
    }

    /// <summary>
    /// A member's answer: applied to the procedure as it stands (no version), the moment of the request
    /// kept; if another answer is saved at the same instant, it is tried once more on the new state.
    /// </summary>
    private async Task<EditResult> AnswerAsync(string slug, int number, Func<Body, SilenceProcedure, DateTimeOffset, Func<Task>> answer, CancellationToken ct)
    {
        if (await BodyAsync(slug, ct) is not { } body) return EditResult.Missing($"There is no body with the slug '{slug}'.");
        var now = clock.GetUtcNow();
        EditResult result = EditResult.Refused("");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var current = await Procedures(body.Id).Where(p => p.Number == number).Select(p => (int?)p.Version).SingleOrDefaultAsync(ct);
            if (current is null) return EditResult.Missing($"The {body.ShortName} has no silence procedure {number}.");
            result = await pipeline.EditAsync(Target(body, number), current.Value, async p =>
            {
                await answer(body, p, now)();
                return null;
            }, ct);
            if (!result.IsStale) break;
        }
        return await PublishedAsync(result, slug, number, ct);
    }

    private Task<EditResult> EditAsync(Body body, int number, int version, Action<SilenceProcedure> edit, CancellationToken ct) =>
        pipeline.EditAsync(Target(body, number), version, edit, ct);

    private EditTarget<SilenceProcedure> Target(Body body, int number) => new("The silence procedure",
        c => Procedures(body.Id).Include(p => p.Members).Include(p => p.Steps).SingleOrDefaultAsync(p => p.Number == number, c),
        $"The {body.ShortName} has no silence procedure {number}.")
    {
        FieldOf = FieldOf,
        PageShows = "the procedure as it stands",
    };

    private async Task<EditResult> PublishedAsync(EditResult result, string slug, int number, CancellationToken ct)
    {
        if (result.Succeeded) await notices.PublishAsync(Topic(slug, number), ct);
        return result;
    }

    private IQueryable<SilenceProcedure> Procedures(Guid bodyId) => db.SilenceProcedures.Where(p => p.BodyId == bodyId);

    private Task<Body?> BodyAsync(string slug, CancellationToken ct) => db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);

    private async Task<int> NextNumberAsync(Guid bodyId, CancellationToken ct) =>
        (await Procedures(bodyId).MaxAsync(p => (int?)p.Number, ct) ?? 0) + 1;

    private async Task<EditResult?> MeetingMissingAsync(Guid bodyId, int? number, CancellationToken ct) =>
        number is { } n && !await db.Meetings.AnyAsync(m => m.BodyId == bodyId && m.Number == n, ct)
            ? EditResult.Refused($"The body has no convening numbered {n}; choose one of its convenings.", "MeetingNumber")
            : null;

    /// <summary>The form field a rule concerns, by its code (the same names in the page's form and the API's body).</summary>
    public static string? FieldOf(string code) => code switch
    {
        "silence.title" => "Title",
        "silence.decision_text" => "DecisionText",
        "silence.meeting" => "MeetingNumber",
        "silence.dates" => "ProposedStart",
        "silence.format" => "ProposedFormat",
        "silence.arrangements" => "FormatArrangements",
        "silence.document" => "AttachedDocument",
        "silence.deadline" or "silence.deadline_time" => "DeadlineDate",
        "silence.time_zone" => "DeadlineTimeZone",
        "silence.text" => "Text",
        "silence.kind" => "Kind",
        _ => null,
    };
}
