using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Composing;
using Plenary.Application.Editing;
using Plenary.Domain;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>What a form or an API call gives to open a round: the deadline (date, time, IANA time zone) and the audience.</summary>
public sealed record RoundInput(DateOnly? DeadlineDate, TimeOnly? DeadlineTime, string? TimeZone, IReadOnlyList<string> Audience);

/// <summary>Who a comment is made for: a State (by code or name) or an organization (by its name in the register).</summary>
public sealed record CommenterRef(CommenterKind Kind, string Key);

/// <summary>A file uploaded with a comment, as it came: its name and bytes.</summary>
public sealed record UploadedFile(string? FileName, byte[] Content);

/// <summary>The largest attachment a comment may carry (Plenary:Comments:MaxAttachmentBytes, 10 MB by default).</summary>
public sealed record CommentLimits(long MaxAttachmentBytes = CommentRound.DefaultMaxAttachmentBytes);

/// <summary>
/// Comment rounds on the compilation (issue 9, item 3; ADR 0025): the Secretariat opens a round on the stocktaking convening's
/// compilation with a deadline and an audience; delegations and organizations comment on a text or in general, with a file
/// if they wish; the Secretariat posts each comment online or declines it. Every write goes through the edit pipeline.
/// </summary>
public sealed class CommentRounds(PlenaryDbContext db, EditPipeline pipeline, TimeProvider clock, OfficialDocuments documents, CommentLimits limits)
{
    /// <summary>Opens a round on the compilation of convening <paramref name="meetingNumber"/>; with the new round's number.</summary>
    public async Task<(EditResult Result, int? Number)> OpenAsync(string slug, int meetingNumber, RoundInput input, string openedBy, CancellationToken ct = default)
    {
        if (await MeetingDossier.LoadAsync(db, slug, meetingNumber, ct) is not { } dossier)
            return (EditResult.Missing($"There is no convening {meetingNumber} of '{slug}'."), null);
        string symbol;
        try
        {
            // The compilation's symbol as the register holds it, or as it would be issued now.
            symbol = await documents.BaseSymbolAsync(dossier, OfficialDocumentKind.Compilation, ct);
        }
        catch (DomainException e)
        {
            return (EditResult.Refused(e.Message) with { Code = e.Code }, null);
        }
        var next = (await db.CommentRounds.Where(r => r.BodyId == dossier.Body.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var (result, added) = await pipeline.AddAsync(
            () => CommentRound.Open(dossier.Body, dossier.Meeting, next, symbol, CompilationComposer.CompiledTexts(dossier).Select(t => t.Identifier),
                CommentRound.AudienceOf(input.Audience), CommentRound.DeadlineOf(input.DeadlineDate, input.DeadlineTime, input.TimeZone), clock.GetUtcNow(), openedBy),
            _ => Task.FromResult<EditResult?>(null), FieldOf,
            _ => EditResult.Clash("Another comment round was opened at the same moment; open yours again and it takes the next number."), ct);
        return (result, added?.Number);
    }

    /// <summary>Takes a comment for <paramref name="who"/> on <paramref name="item"/> (or in general); with its number in the round.</summary>
    public async Task<(EditResult Result, int? Number)> CommentAsync(string slug, int roundNumber, CommenterRef who, string? item, string? text,
        UploadedFile? file, string by, CancellationToken ct = default)
    {
        if (await RoundAsync(slug, roundNumber, ct) is not { } round) return (NoRound(slug, roundNumber), null);
        var organization = who.Kind == CommenterKind.Organization
            ? (await db.Organizations.AsNoTracking().ToListAsync(ct)).FirstOrDefault(o => o.AnswersTo(who.Key))
            : null;
        var next = (await db.Set<Comment>().Where(c => c.RoundId == round.Id).MaxAsync(c => (int?)c.Number, ct) ?? 0) + 1;
        var (result, added) = await pipeline.AddAsync(
            () =>
            {
                var commenter = who.Kind == CommenterKind.State ? Commenter.ForState(who.Key)
                    : Commenter.ForOrganization(organization ?? throw new DomainException("comment.commenter", $"'{who.Key}' is not an organization in the register."));
                var attachment = file is null ? null : CommentFile.Check(file.FileName, file.Content, limits.MaxAttachmentBytes);
                return round.Receive(next, commenter, item, text, attachment, by, clock.GetUtcNow());
            },
            c =>
            {
                if (file is not null) db.CommentAttachments.Add(CommentAttachment.For(c, file.Content));
                return Task.FromResult<EditResult?>(null);
            },
            FieldOf, _ => EditResult.Clash("Another comment was received at the same moment; submit yours again."), ct);
        return (result, added?.Number);
    }

    /// <summary>Posts a received comment online.</summary>
    public async Task<EditResult> PostAsync(string slug, int roundNumber, int number, int version, string by, CancellationToken ct = default) =>
        await CommentTargetAsync(slug, roundNumber, number, ct) is { } target
            ? await pipeline.EditAsync(target, version, c => c.Post(by, clock.GetUtcNow()), ct)
            : NoComment(slug, roundNumber, number);

    /// <summary>Declines a received comment for the reason given, which its author reads.</summary>
    public async Task<EditResult> DeclineAsync(string slug, int roundNumber, int number, int version, string? reason, string by, CancellationToken ct = default) =>
        await CommentTargetAsync(slug, roundNumber, number, ct) is { } target
            ? await pipeline.EditAsync(target, version, c => c.Decline(reason, by, clock.GetUtcNow()), ct)
            : NoComment(slug, roundNumber, number);

    /// <summary>Extends an open round's deadline to a later date and time in its time zone.</summary>
    public async Task<EditResult> ExtendAsync(string slug, int roundNumber, int version, DateOnly? date, TimeOnly? time, string by, CancellationToken ct = default) =>
        await RoundTargetAsync(slug, roundNumber, ct) is { } target
            ? await pipeline.EditAsync(target, version, r => r.Extend(date, time, by, clock.GetUtcNow()), ct)
            : NoRound(slug, roundNumber);

    /// <summary>Withdraws an open round: no more comments are taken.</summary>
    public async Task<EditResult> WithdrawAsync(string slug, int roundNumber, int version, string? reason, string by, CancellationToken ct = default) =>
        await RoundTargetAsync(slug, roundNumber, ct) is { } target
            ? await pipeline.EditAsync(target, version, r => r.Withdraw(reason, by, clock.GetUtcNow()), ct)
            : NoRound(slug, roundNumber);

    private async Task<EditTarget<CommentRound>?> RoundTargetAsync(string slug, int number, CancellationToken ct)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is not { } id) return null;
        return new EditTarget<CommentRound>($"Comment round {number}",
            ct => db.CommentRounds.SingleOrDefaultAsync(r => r.BodyId == id && r.Number == number, ct),
            $"'{slug}' has no comment round {number}.")
        {
            PageShows = "the round as it stands now",
            FieldOf = FieldOf,
        };
    }

    private async Task<CommentRound?> RoundAsync(string slug, int number, CancellationToken ct)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        return bodyId is { } id ? await db.CommentRounds.AsNoTracking().SingleOrDefaultAsync(r => r.BodyId == id && r.Number == number, ct) : null;
    }

    private async Task<EditTarget<Comment>?> CommentTargetAsync(string slug, int roundNumber, int number, CancellationToken ct)
    {
        if (await RoundAsync(slug, roundNumber, ct) is not { } round) return null;
        return new EditTarget<Comment>($"Comment {number}",
            ct => db.Set<Comment>().SingleOrDefaultAsync(c => c.RoundId == round.Id && c.Number == number, ct),
            $"Comment round {roundNumber} of '{slug}' has no comment {number}.")
        {
            PageShows = "the comments as they stand now",
            FieldOf = FieldOf,
        };
    }

    private static EditResult NoRound(string slug, int number) => EditResult.Missing($"'{slug}' has no comment round {number}.");

    private static EditResult NoComment(string slug, int round, int number) => EditResult.Missing($"Comment round {round} of '{slug}' has no comment {number}.");

    /// <summary>The form field a rule of a round or a comment concerns.</summary>
    public static string? FieldOf(string code) => code switch
    {
        "comment_round.deadline_date" => "DeadlineDate",
        "comment_round.deadline_time" or "comment_round.deadline" => "DeadlineTime",
        "comment_round.time_zone" => "TimeZone",
        "comment_round.audience" => "Audience",
        "comment.item" => "Item",
        "comment.text" => "Text",
        "comment.commenter" => "For",
        "comment.reason" or "comment_round.reason" => "Reason",
        _ when code.StartsWith("file.", StringComparison.Ordinal) => "Attachment",
        _ => null,
    };
}
