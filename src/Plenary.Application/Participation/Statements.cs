using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Domain;
using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Application.Participation;

/// <summary>A statement as pages and the API show it; the text's bytes are read only to download it.</summary>
public sealed record StatementView(Guid Id, int PlenaryMeeting, string Item, ParticipantKey Participant, ParticipantCategory Category, string? OnBehalfOf,
    bool RightOfReply, int Version, bool Published, string? TextFileName, long? TextSize, string? TextContentType)
{
    public string Name => Participant.DisplayName;
    public bool HasText => TextFileName is not null;

    /// <summary>"South Africa", "South Africa (on behalf of the Group of African States)", "Chile (right of reply)".</summary>
    public string Label => RightOfReply ? $"{Name} (right of reply)" : OnBehalfOf is null ? Name : $"{Name} (on behalf of {OnBehalfOf})";
}

/// <summary>A statement as the Secretariat records it after the sitting.</summary>
public sealed record StatementInput(ParticipantKey? Participant, int? PlenaryMeeting, string? Item, string? OnBehalfOf, bool RightOfReply);

/// <summary>
/// The statements made at a meeting: recorded by the list of speakers when the Chair marks them made, or by the Secretariat
/// after the sitting; a delegation uploads its text and chooses whether the meeting page publishes it.
/// </summary>
public sealed class Statements(PlenaryDbContext db, EditPipeline pipeline, Organizations organizations, TimeProvider clock)
{
    /// <summary>Every statement of a meeting, by plenary meeting, then item, then the order they were recorded; null for no such meeting.</summary>
    public async Task<IReadOnlyList<StatementView>?> ListAsync(string slug, int number, CancellationToken ct = default)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return null;
        var statements = await db.Statements.AsNoTracking().Where(s => s.BodyId == meeting.BodyId && s.MeetingNumber == number).ToListAsync(ct);
        return statements.OrderBy(s => s.PlenaryMeeting).ThenBy(s => AgendaItemNumber.Parse(s.Item)).ThenBy(s => s.Id).Select(View).ToList();
    }

    public async Task<StatementView?> GetAsync(string slug, int number, Guid id, CancellationToken ct = default) =>
        (await ListAsync(slug, number, ct))?.FirstOrDefault(s => s.Id == id);

    /// <summary>The Secretariat records a statement made at a plenary meeting; on success <c>Id</c> is the new statement's.</summary>
    public async Task<(EditResult Result, Guid? Id)> RecordAsync(string slug, int number, StatementInput input, CancellationToken ct = default)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return (EditResult.Missing($"There is no convening {number} of '{slug}'."), null);
        ParticipantKey? key = null;
        var category = ParticipantCategory.MemberState;
        try
        {
            (key, category) = await WhoAsync(input.Participant, ct);
        }
        catch (DomainException e)
        {
            return (EditResult.Refused(e.Message, "Participant"), null);
        }
        var (result, added) = await pipeline.AddAsync(() =>
        {
            if (input.PlenaryMeeting is not { } plenary)
                throw new DomainException("statement.plenary", "Say at which plenary meeting the statement was made.");
            AgendaItemNumber item;
            try { item = AgendaItemNumber.Parse(input.Item); }
            catch (DomainException e) { throw new DomainException("statement.item", e.Message); }
            return Statement.Record(meeting, plenary, item, key.IsState, key.Name, category, input.OnBehalfOf, input.RightOfReply);
        }, _ => Task.FromResult<EditResult?>(null), FieldOf, _ => EditResult.Clash("This statement was recorded already."), ct);
        return (result, added?.Id);
    }

    /// <summary>The Secretariat removes a statement recorded by mistake (with its text).</summary>
    public Task<EditResult> RemoveAsync(string slug, int number, Guid id, int version, CancellationToken ct = default) =>
        EditAsync(slug, number, id, version, s =>
        {
            db.Statements.Remove(s);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The delegation (or the Secretariat) uploads the text of the statement, in place of an earlier one.</summary>
    public Task<EditResult> AttachTextAsync(string slug, int number, Guid id, int version, UploadedFile file, long maxBytes, CancellationToken ct = default) =>
        EditAsync(slug, number, id, version, async s =>
        {
            var text = s.AttachText(file.FileName, file.Content, clock.GetUtcNow(), db.Actor.Name, maxBytes);
            if (await db.StatementTexts.SingleOrDefaultAsync(t => t.StatementId == s.Id, ct) is { } kept) kept.Replace(text);
            else db.StatementTexts.Add(text);
        }, ct, "File");

    public Task<EditResult> RemoveTextAsync(string slug, int number, Guid id, int version, CancellationToken ct = default) =>
        EditAsync(slug, number, id, version, async s =>
        {
            s.RemoveText();
            if (await db.StatementTexts.SingleOrDefaultAsync(t => t.StatementId == s.Id, ct) is { } text) db.StatementTexts.Remove(text);
        }, ct);

    /// <summary>The delegation publishes the text on the meeting page, or takes it off.</summary>
    public Task<EditResult> PublishAsync(string slug, int number, Guid id, int version, bool published, CancellationToken ct = default) =>
        EditAsync(slug, number, id, version, s =>
        {
            s.Publish(published);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The text's name, type and bytes; null when there is none.</summary>
    public async Task<(StatementView Statement, byte[] Content)?> TextAsync(string slug, int number, Guid id, CancellationToken ct = default)
    {
        if (await GetAsync(slug, number, id, ct) is not { HasText: true } statement) return null;
        var content = await db.StatementTexts.AsNoTracking().Where(t => t.StatementId == id).Select(t => t.Content).SingleOrDefaultAsync(ct);
        return content is null ? null : (statement, content);
    }

    private async Task<EditResult> EditAsync(string slug, int number, Guid id, int version, Func<Statement, Task> edit, CancellationToken ct, string? field = null)
    {
        if (await MeetingAsync(slug, number, ct) is not { } meeting) return EditResult.Missing($"There is no convening {number} of '{slug}'.");
        var target = new EditTarget<Statement>("The statement",
            ct => db.Statements.SingleOrDefaultAsync(s => s.Id == id && s.BodyId == meeting.BodyId && s.MeetingNumber == number, ct),
            "There is no such statement at this meeting.")
        {
            PageShows = "the statement as it stands",
            FieldOf = FieldOf,
        };
        return await pipeline.EditAsync(target, version, async s =>
        {
            await edit(s);
            return null;
        }, ct, field);
    }

    private async Task<(ParticipantKey Key, ParticipantCategory Category)> WhoAsync(ParticipantKey? participant, CancellationToken ct)
    {
        if (participant is null || string.IsNullOrWhiteSpace(participant.Name))
            throw new DomainException("statement.participant", "Say which State or organization made the statement.");
        if (participant.IsState)
        {
            var state = StateRegister.Require(participant.Name, "statement.participant", "The State");
            return (ParticipantKey.State(state.Code), state.Category);
        }
        var organization = await organizations.RequireAsync(participant.Name, "statement.participant", "The organization", ct);
        return (ParticipantKey.Organization(organization.Name), organization.Category);
    }

    private static string? FieldOf(string code) => code switch
    {
        "statement.participant" => "Participant",
        "statement.plenary" => "PlenaryMeeting",
        "statement.item" => "Item",
        "statement.on_behalf_of" => "OnBehalfOf",
        "statement.right_of_reply" => "RightOfReply",
        "statement.text" => "File",
        _ when code.StartsWith("file.", StringComparison.Ordinal) => "File",
        _ => null,
    };

    private async Task<Meeting?> MeetingAsync(string slug, int number, CancellationToken ct)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        return bodyId is null ? null
            : await db.Meetings.AsNoTracking().Include(m => m.PlenaryMeetings).Include(m => m.AgendaItems).AsSplitQuery()
                .SingleOrDefaultAsync(m => m.BodyId == bodyId && m.Number == number, ct);
    }

    internal static StatementView View(Statement s) =>
        new(s.Id, s.PlenaryMeeting, s.Item, new ParticipantKey(s.IsState, s.Participant), s.Category, s.OnBehalfOf, s.IsRightOfReply, s.Version,
            s.Published, s.TextFileName, s.TextSize, s.TextContentType);
}
