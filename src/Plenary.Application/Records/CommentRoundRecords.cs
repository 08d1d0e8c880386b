using System.Globalization;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Records;

// The record format's "recommendations.commentRounds": comment rounds on the compilation, their comments and attachments.
// docs/record-format.md, "Comment rounds", describes it.

public sealed record CommentRoundRecord
{
    public int Number { get; init; }
    /// <summary>The stocktaking convening whose compilation the round is on.</summary>
    public int Meeting { get; init; }
    public required string CompilationSymbol { get; init; }
    /// <summary>The identifiers of the compilation's texts when the round opened, in its order.</summary>
    public List<string> Items { get; init; } = [];
    /// <summary>memberStates, observers, stakeholders.</summary>
    public List<string> Audience { get; init; } = [];
    public DateOnly DeadlineDate { get; init; }
    /// <summary>"18:00".</summary>
    public required string DeadlineTime { get; init; }
    public required string TimeZone { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public required string OpenedBy { get; init; }
    /// <summary>The first deadline, when the Secretariat extended it (deadlineDate and deadlineTime are then the extended one).</summary>
    public DateOnly? OriginalDeadlineDate { get; init; }
    /// <summary>"18:00".</summary>
    public string? OriginalDeadlineTime { get; init; }
    /// <summary>How many times the deadline was extended, and when and by whom it last was.</summary>
    public int? Extensions { get; init; }
    public DateTimeOffset? ExtendedAt { get; init; }
    public string? ExtendedBy { get; init; }
    /// <summary>When and by whom the round was withdrawn, and why.</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }
    public string? WithdrawnBy { get; init; }
    public string? WithdrawalReason { get; init; }
    public List<CommentRecord> Comments { get; init; } = [];
}

public sealed record CommentRecord
{
    public int Number { get; init; }
    /// <summary>The State the comment is made for, by code or name (or else <see cref="Organization"/>).</summary>
    public string? State { get; init; }
    /// <summary>The organization the comment is made for, by its name in the register.</summary>
    public string? Organization { get; init; }
    /// <summary>How pages name the organization, when not by <see cref="Organization"/> alone: "Council of Europe (CoE)".</summary>
    public string? ShownAs { get; init; }
    /// <summary>An organization's part of the audience: observers or stakeholders.</summary>
    public string? Audience { get; init; }
    /// <summary>The text commented on, by identifier; none for a general comment.</summary>
    public string? Item { get; init; }
    public required string Text { get; init; }
    public AttachmentRecord? Attachment { get; init; }
    public required string SubmittedBy { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public string Status { get; init; } = "received";
    public string? DeclineReason { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
}

public sealed record AttachmentRecord
{
    public required string FileName { get; init; }
    public required string ContentBase64 { get; init; }
}

/// <summary>What a record file's comment rounds build: the rounds, their comments and the attachments' bytes.</summary>
public sealed record BuiltCommentRounds(IReadOnlyList<CommentRound> Rounds, IReadOnlyList<Comment> Comments, IReadOnlyList<CommentAttachment> Attachments)
{
    public static readonly BuiltCommentRounds None = new([], [], []);
}

public static class CommentRoundRecords
{
    /// <summary>Builds the rounds through the domain; each broken rule is added to <paramref name="errors"/> at its path.</summary>
    public static BuiltCommentRounds Build(List<CommentRoundRecord> file, Body body, IReadOnlyList<Meeting> meetings, IReadOnlyList<PreliminaryText> texts,
        List<RecordError> errors)
    {
        if (file.Count == 0) return BuiltCommentRounds.None;
        var rounds = new List<CommentRound>();
        var comments = new List<Comment>();
        var attachments = new List<CommentAttachment>();
        var identifiers = texts.Select(t => t.Identifier).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < file.Count; i++)
        {
            var r = file[i];
            var path = $"$.recommendations.commentRounds[{i}]";
            var meeting = meetings.FirstOrDefault(m => m.Number == r.Meeting);
            if (meeting is null)
            {
                // A convening the file holds but that broke a rule is reported there already.
                if (errors.Any(e => e.Path.StartsWith("$.meetings[", StringComparison.Ordinal))) continue;
                errors.Add(new RecordError($"{path}.meeting", $"The round is on the compilation of convening {r.Meeting}, which this record does not hold."));
                continue;
            }
            if (rounds.Any(x => x.Number == r.Number))
            {
                errors.Add(new RecordError($"{path}.number", $"Comment round {r.Number} is given twice."));
                continue;
            }
            var round = Try(errors, path, () =>
            {
                if (!TimeOnly.TryParseExact(r.DeadlineTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                    throw new DomainException("comment_round.deadline_time", $"'{r.DeadlineTime}' is not a time of day; write it as 18:00.");
                var restored = CommentRound.Restore(body, meeting, r.Number, r.CompilationSymbol, r.Items, CommentRound.AudienceOf(r.Audience),
                    CommentRound.DeadlineOf(r.DeadlineDate, time, r.TimeZone), r.OpenedAt.ToUniversalTime(), r.OpenedBy);
                TimeOnly? originalTime = null;
                if (r.OriginalDeadlineTime is not null)
                    originalTime = TimeOnly.TryParseExact(r.OriginalDeadlineTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t
                        : throw new DomainException("comment_round.extensions", $"'{r.OriginalDeadlineTime}' is not a time of day; write it as 18:00.");
                restored.RestoreExtensions(r.OriginalDeadlineDate, originalTime, r.Extensions ?? 0, r.ExtendedAt?.ToUniversalTime(), r.ExtendedBy);
                if (r.WithdrawnAt is { } withdrawn) restored.RestoreWithdrawal(withdrawn.ToUniversalTime(), r.WithdrawalReason, r.WithdrawnBy);
                return restored;
            });
            if (round is null) continue;
            foreach (var missing in round.Items.Where(x => !identifiers.Contains(x)))
                errors.Add(new RecordError($"{path}.items", $"{missing} is not a preliminary text of this record."));
            rounds.Add(round);
            for (var j = 0; j < r.Comments.Count; j++)
            {
                var c = r.Comments[j];
                var at = $"{path}.comments[{j}]";
                if (comments.Any(x => x.RoundId == round.Id && x.Number == c.Number))
                {
                    errors.Add(new RecordError($"{at}.number", $"Comment {c.Number} of round {r.Number} is given twice."));
                    continue;
                }
                byte[]? content = null;
                var comment = Try(errors, at, () =>
                {
                    var commenter = Commenter(c);
                    CommentFile? file = null;
                    if (c.Attachment is { } a)
                    {
                        try { content = Convert.FromBase64String(a.ContentBase64); }
                        catch (FormatException) { throw new DomainException("comment.attachment", "The attachment's contentBase64 is not base64."); }
                        file = CommentFile.Check(a.FileName, content, long.MaxValue);
                    }
                    var made = round.RestoreComment(c.Number, commenter, c.Item, c.Text, file, c.SubmittedBy, c.SubmittedAt.ToUniversalTime());
                    made.RestoreReview(Enum<CommentStatus>(c.Status), c.DeclineReason, c.ReviewedBy, c.ReviewedAt?.ToUniversalTime());
                    return made;
                });
                if (comment is null) continue;
                comments.Add(comment);
                if (content is not null) attachments.Add(CommentAttachment.For(comment, content));
            }
        }
        return new BuiltCommentRounds(rounds, comments, attachments);
    }

    /// <summary>The rounds as export writes them.</summary>
    public static List<CommentRoundRecord> ToRecord(BuiltCommentRounds built) =>
        built.Rounds.OrderBy(r => r.Number).Select(r => new CommentRoundRecord
        {
            Number = r.Number, Meeting = r.MeetingNumber, CompilationSymbol = r.CompilationSymbol, Items = [.. r.Items],
            Audience = r.Audience.Select(RecordJson.Name).ToList(), DeadlineDate = r.DeadlineDate,
            DeadlineTime = r.DeadlineTime.ToString("HH:mm", CultureInfo.InvariantCulture), TimeZone = r.DeadlineTimeZone,
            OpenedAt = r.OpenedAt.ToUniversalTime(), OpenedBy = r.OpenedBy,
            OriginalDeadlineDate = r.OriginalDeadlineDate, OriginalDeadlineTime = r.OriginalDeadlineTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Extensions = r.Extensions == 0 ? null : r.Extensions, ExtendedAt = r.ExtendedAt?.ToUniversalTime(), ExtendedBy = r.ExtendedBy,
            WithdrawnAt = r.WithdrawnAt?.ToUniversalTime(), WithdrawnBy = r.WithdrawnBy, WithdrawalReason = r.WithdrawalReason,
            Comments = built.Comments.Where(c => c.RoundId == r.Id).OrderBy(c => c.Number).Select(c => new CommentRecord
            {
                Number = c.Number,
                State = c.CommenterKind == CommenterKind.State ? c.CommenterKey : null,
                Organization = c.CommenterKind == CommenterKind.Organization ? c.CommenterKey : null,
                ShownAs = c.CommenterKind == CommenterKind.Organization && c.CommenterName != c.CommenterKey ? c.CommenterName : null,
                Audience = c.CommenterKind == CommenterKind.Organization ? RecordJson.Name(c.Audience) : null,
                Item = c.Item, Text = c.Text,
                Attachment = c.Attachment is { } a && built.Attachments.FirstOrDefault(x => x.CommentId == c.Id) is { } bytes
                    ? new AttachmentRecord { FileName = a.Name, ContentBase64 = Convert.ToBase64String(bytes.Content) } : null,
                SubmittedBy = c.SubmittedBy, SubmittedAt = c.SubmittedAt.ToUniversalTime(), Status = RecordJson.Name(c.Status),
                DeclineReason = c.DeclineReason, ReviewedBy = c.ReviewedBy, ReviewedAt = c.ReviewedAt?.ToUniversalTime(),
            }).ToList(),
        }).ToList();

    private static Commenter Commenter(CommentRecord c)
    {
        if (c.State is not null && c.Organization is not null)
            throw new DomainException("comment.commenter", "A comment is made for a State or for an organization, not both.");
        if (c.State is not null) return Domain.Recommendations.Commenter.ForState(c.State);
        if (string.IsNullOrWhiteSpace(c.Organization))
            throw new DomainException("comment.commenter", "Name the State or the organization the comment is made for.");
        var audience = Enum<CommentAudience>(c.Audience ?? "");
        if (audience == CommentAudience.MemberStates)
            throw new DomainException("comment.commenter", "An organization takes part as an observer or as another stakeholder, not as a Member State.");
        var name = c.Organization.Trim();
        return new Commenter(CommenterKind.Organization, name, string.IsNullOrWhiteSpace(c.ShownAs) ? name : c.ShownAs.Trim(), audience);
    }

    private static T? Try<T>(List<RecordError> errors, string path, Func<T> build) where T : class =>
        RecordErrors.Try(errors, path, Fields, build);

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["comment_round.deadline"] = "deadlineDate",
        ["comment_round.extensions"] = "originalDeadlineDate",
        ["comment_round.extended_by"] = "extendedBy",
        ["comment_round.withdrawn"] = "withdrawnAt",
        ["comment_round.withdrawn_by"] = "withdrawnBy",
        ["comment_round.reason"] = "withdrawalReason",
        ["comment_round.deadline_date"] = "deadlineDate",
        ["comment_round.deadline_time"] = "deadlineTime",
        ["comment_round.time_zone"] = "timeZone",
        ["comment_round.audience"] = "audience",
        ["comment_round.items"] = "items",
        ["comment_round.symbol"] = "compilationSymbol",
        ["symbol.invalid"] = "compilationSymbol",
        ["comment_round.meeting"] = "meeting",
        ["comment_round.closed"] = "submittedAt",
        ["comment.commenter"] = "state",
        ["comment.item"] = "item",
        ["comment.text"] = "text",
        ["comment.reason"] = "declineReason",
        ["comment.attachment"] = "attachment",
        ["file.content"] = "attachment",
        ["file.type"] = "attachment",
        ["file.name"] = "attachment",
        ["file.empty"] = "attachment",
    };

    private static TEnum Enum<TEnum>(string text) where TEnum : struct, Enum =>
        RecordJson.TryParse<TEnum>(text, out var value)
            ? value
            : throw new DomainException("record.enum", $"'{text}' is not one of: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(RecordJson.Name))}.");
}
