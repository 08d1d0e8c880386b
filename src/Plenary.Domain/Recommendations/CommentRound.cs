using Plenary.Domain.Bodies;
using Plenary.Domain.Decisions;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.Domain.Recommendations;

/// <summary>Who a comment round is circulated to: any of Member States, observers and other stakeholders.</summary>
public enum CommentAudience { MemberStates, Observers, Stakeholders }

/// <summary>Where a comment stands: received and waiting for the Secretariat's review, posted online, or declined.</summary>
public enum CommentStatus { Received, Posted, Declined }

/// <summary>Whether a comment is made for a State's delegation or for an organization.</summary>
public enum CommenterKind { State, Organization }

/// <summary>
/// Who a comment is made for, and which part of the audience that is: a Member State; an observer (an observer State, a
/// United Nations entity, an institute or an intergovernmental organization); another stakeholder (a non-governmental
/// organization, the private sector, academia). States are kept by code, organizations by their name in the register.
/// </summary>
public sealed record Commenter(CommenterKind Kind, string Key, string Name, CommentAudience Audience)
{
    /// <summary>A State of the register, by code or name.</summary>
    public static Commenter ForState(string? codeOrName)
    {
        var state = StateRegister.Require(codeOrName, "comment.commenter", "The State the comment is made for");
        return new(CommenterKind.State, state.Code, state.ShortName, state.IsObserver ? CommentAudience.Observers : CommentAudience.MemberStates);
    }

    /// <summary>An organization of the register.</summary>
    public static Commenter ForOrganization(Organization organization) => new(CommenterKind.Organization, organization.Name, organization.ToString(),
        organization.Category is ParticipantCategory.UnitedNationsEntity or ParticipantCategory.Institute or ParticipantCategory.IntergovernmentalOrganization
            ? CommentAudience.Observers : CommentAudience.Stakeholders);
}

/// <summary>
/// A period in which the Secretariat invites comments on a compilation of preliminary conclusions and recommendations
/// (a conference room paper of the stocktaking convening) from its audience, until a deadline stated as a date, a time
/// and an IANA time zone. A comment is on one text of the compilation, by identifier, or on the compilation in general;
/// it is made for a delegation or an organization of the audience and may carry a PDF or DOCX file. The Secretariat
/// reviews each comment and posts it online or declines it; only posted comments are public.
/// </summary>
public sealed class CommentRound : IVersioned
{
    public const int MaxText = 10000;
    /// <summary>10 MB: the default largest attachment; the web app's Plenary:Comments:MaxAttachmentBytes changes it.</summary>
    public const long DefaultMaxAttachmentBytes = 10L * 1024 * 1024;

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    /// <summary>The round's number among the body's rounds, from 1 (its address).</summary>
    public int Number { get; private set; }
    /// <summary>The stocktaking convening whose compilation the round is on.</summary>
    public int MeetingNumber { get; private set; }
    /// <summary>The compilation's symbol, as circulated (UNODC/CCPCJ/EG.4/2021/CRP.1).</summary>
    public string CompilationSymbol { get; private set; } = "";
    /// <summary>The identifiers of the texts the compilation held when the round opened, in its order.</summary>
    public List<string> Items { get; private set; } = [];
    public bool ForMemberStates { get; private set; }
    public bool ForObservers { get; private set; }
    public bool ForStakeholders { get; private set; }
    public DateOnly DeadlineDate { get; private set; }
    public TimeOnly DeadlineTime { get; private set; }
    public string DeadlineTimeZone { get; private set; } = "UTC";
    /// <summary>The deadline's instant (UTC), for queries and comparisons.</summary>
    public DateTimeOffset DeadlineAt { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string OpenedBy { get; private set; } = "";
    /// <summary>The deadline first set, kept once the Secretariat extends it (null: never extended).</summary>
    public DateOnly? OriginalDeadlineDate { get; private set; }
    public TimeOnly? OriginalDeadlineTime { get; private set; }
    /// <summary>How many times the deadline was extended; the last extension's time and author.</summary>
    public int Extensions { get; private set; }
    public DateTimeOffset? ExtendedAt { get; private set; }
    public string? ExtendedBy { get; private set; }
    /// <summary>When and by whom the round was withdrawn, and why (null: not withdrawn). A withdrawn round takes no comment.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    private CommentRound() { }

    public Deadline Deadline => Deadline.Create(DeadlineDate, DeadlineTime, DeadlineTimeZone, "comment_round.time_zone", "comment_round.deadline_time", "comment_round.deadline_date");

    public IReadOnlyList<CommentAudience> Audience =>
        [.. new[] { (ForMemberStates, CommentAudience.MemberStates), (ForObservers, CommentAudience.Observers), (ForStakeholders, CommentAudience.Stakeholders) }
            .Where(a => a.Item1).Select(a => a.Item2)];

    /// <summary>Whether comments are still taken at <paramref name="now"/>: before the deadline, and the round not withdrawn.</summary>
    public bool IsOpenAt(DateTimeOffset now) => WithdrawnAt is null && now < DeadlineAt;

    public bool IsWithdrawn => WithdrawnAt is not null;

    /// <summary>The deadline first set, once extended ("8 January 2021, 6 p.m. (CET)"); null when never extended.</summary>
    public Deadline? OriginalDeadline => OriginalDeadlineDate is { } d && OriginalDeadlineTime is { } t
        ? Deadline.Create(d, t, DeadlineTimeZone, "comment_round.time_zone", "comment_round.deadline_time", "comment_round.deadline_date") : null;

    /// <summary>
    /// Extends the deadline to <paramref name="to"/> (in the round's time zone), later than the current one, while the round is
    /// open; the first deadline is kept, and the number of extensions with the last one's time and author.
    /// </summary>
    public void Extend(DateOnly? date, TimeOnly? time, string? by, DateTimeOffset now)
    {
        RefuseUnlessOpen(now, "its deadline cannot be extended");
        var to = DeadlineOf(date, time, DeadlineTimeZone);
        if (to.At <= DeadlineAt)
            throw new DomainException("comment_round.deadline",
                $"The new deadline ({to.InWords}) must come after the current one ({Deadline.InWords}); a deadline is extended, never brought forward.");
        var author = Guard.Required(by, "comment_round.extended_by", "Who extends the deadline", 256);
        OriginalDeadlineDate ??= DeadlineDate;
        OriginalDeadlineTime ??= DeadlineTime;
        (DeadlineDate, DeadlineTime, DeadlineAt) = (to.Date, to.Time, to.At);
        Extensions++;
        (ExtendedAt, ExtendedBy) = (now, author);
    }

    /// <summary>Withdraws an open round: it takes no more comment; those already received stay as they are.</summary>
    public void Withdraw(string? reason, string? by, DateTimeOffset now)
    {
        if (WithdrawnAt is { } already)
            throw new DomainException("comment_round.withdrawn", $"The comment round on {CompilationSymbol} was already withdrawn on {Dates.Day(LocalDay(already))}.");
        RefuseUnlessOpen(now, "a closed round is not withdrawn, and the comments it took stand");
        WithdrawalReason = Guard.Optional(reason, "comment_round.reason", "The reason for withdrawing the round", 1000);
        WithdrawnBy = Guard.Required(by, "comment_round.withdrawn_by", "Who withdraws the round", 256);
        WithdrawnAt = now;
    }

    /// <summary>Restores the extensions a record file states: the first deadline, how many, and the last one's time and author.</summary>
    public void RestoreExtensions(DateOnly? originalDate, TimeOnly? originalTime, int extensions, DateTimeOffset? at, string? by)
    {
        if (extensions == 0 && originalDate is null && originalTime is null) return;
        if (extensions < 1 || originalDate is not { } d || originalTime is not { } t || at is null)
            throw new DomainException("comment_round.extensions",
                "An extended deadline names the first deadline (originalDeadlineDate, originalDeadlineTime), how many times it was extended (extensions) and when it last was (extendedAt).");
        var original = DeadlineOf(d, t, DeadlineTimeZone);
        if (original.At >= DeadlineAt)
            throw new DomainException("comment_round.extensions", $"The first deadline ({original.InWords}) must come before the extended one ({Deadline.InWords}).");
        (OriginalDeadlineDate, OriginalDeadlineTime, Extensions, ExtendedAt) = (d, t, extensions, at);
        ExtendedBy = Guard.Required(by, "comment_round.extended_by", "Who extends the deadline", 256);
    }

    /// <summary>Restores a withdrawal a record file states; it happened before the deadline.</summary>
    public void RestoreWithdrawal(DateTimeOffset at, string? reason, string? by)
    {
        if (at >= DeadlineAt)
            throw new DomainException("comment_round.withdrawn", $"A round is withdrawn before its deadline ({Deadline.InWords}); this one closed first.");
        WithdrawalReason = Guard.Optional(reason, "comment_round.reason", "The reason for withdrawing the round", 1000);
        WithdrawnBy = Guard.Required(by, "comment_round.withdrawn_by", "Who withdraws the round", 256);
        WithdrawnAt = at;
    }

    private void RefuseUnlessOpen(DateTimeOffset now, string consequence)
    {
        if (WithdrawnAt is { } withdrawn)
            throw new DomainException("comment_round.withdrawn",
                $"The comment round on {CompilationSymbol} was withdrawn on {Dates.Day(LocalDay(withdrawn))}; {consequence}.");
        if (now >= DeadlineAt)
            throw new DomainException("comment_round.closed",
                $"The comment round on {CompilationSymbol} closed at {Deadline.InWords}; {consequence}. To take more comments, open a new round.");
    }

    private DateOnly LocalDay(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZones.Require(DeadlineTimeZone, "comment_round.time_zone")).DateTime);

    /// <summary>
    /// Opens a round on the compilation of <paramref name="stocktaking"/>, issued under <paramref name="compilationSymbol"/> with
    /// the texts <paramref name="items"/>, for <paramref name="audience"/> until <paramref name="deadline"/>, which must come after <paramref name="now"/>.
    /// </summary>
    public static CommentRound Open(Body body, Meeting stocktaking, int number, string? compilationSymbol, IEnumerable<string> items,
        IEnumerable<CommentAudience> audience, Deadline deadline, DateTimeOffset now, string? openedBy)
    {
        var round = Build(body, stocktaking, number, compilationSymbol, items, audience, deadline, now, openedBy);
        if (deadline.At <= now)
            throw new DomainException("comment_round.deadline",
                $"The deadline for comments ({deadline.InWords}) must come after the round opens; it is now {When(now, deadline.TimeZone)}.");
        return round;
    }

    /// <summary>Rebuilds a round a record file states (its deadline may have passed).</summary>
    public static CommentRound Restore(Body body, Meeting stocktaking, int number, string? compilationSymbol, IEnumerable<string> items,
        IEnumerable<CommentAudience> audience, Deadline deadline, DateTimeOffset openedAt, string? openedBy)
    {
        var round = Build(body, stocktaking, number, compilationSymbol, items, audience, deadline, openedAt, openedBy);
        if (deadline.At <= openedAt)
            throw new DomainException("comment_round.deadline", $"The deadline for comments ({deadline.InWords}) must come after the round opened.");
        return round;
    }

    private static CommentRound Build(Body body, Meeting stocktaking, int number, string? compilationSymbol, IEnumerable<string> items,
        IEnumerable<CommentAudience> audience, Deadline deadline, DateTimeOffset now, string? openedBy)
    {
        if (!stocktaking.IsStocktaking)
            throw new DomainException("comment_round.meeting",
                $"A comment round is held on the compilation of the stocktaking {Convenings.KindNoun(body.Convenes, stocktaking.Kind)}; {Convenings.The(body.Convenes, stocktaking)} is not one.");
        if (number < 1) throw new DomainException("comment_round.number", $"Comment rounds are numbered from 1; {number} is not a number.");
        var chosen = audience.Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(a => !Enum.IsDefined(a)))
            throw new DomainException("comment_round.audience", "Choose who is invited to comment: Member States, observers, other stakeholders, or any of them.");
        var identifiers = new List<string>();
        foreach (var item in items)
        {
            if (!PreliminaryText.IsIdentifier(item))
                throw new DomainException("comment_round.items", $"'{item}' is not the identifier of a preliminary text.");
            var (y, c, n) = PreliminaryText.Parse(item);
            var normal = PreliminaryText.Compose(y, c, n);
            if (!identifiers.Contains(normal)) identifiers.Add(normal);
        }
        return new CommentRound
        {
            Id = Guid.CreateVersion7(),
            BodyId = body.Id,
            Number = number,
            MeetingNumber = stocktaking.Number,
            CompilationSymbol = DocumentSymbol.Create(Guard.Required(compilationSymbol, "comment_round.symbol", "The compilation's symbol", 100)).ToString(),
            Items = identifiers,
            ForMemberStates = chosen.Contains(CommentAudience.MemberStates),
            ForObservers = chosen.Contains(CommentAudience.Observers),
            ForStakeholders = chosen.Contains(CommentAudience.Stakeholders),
            DeadlineDate = deadline.Date,
            DeadlineTime = deadline.Time,
            DeadlineTimeZone = deadline.TimeZone,
            DeadlineAt = deadline.At,
            OpenedAt = now,
            OpenedBy = Guard.Required(openedBy, "comment_round.opened_by", "Who opens the round", 256),
        };
    }

    /// <summary>
    /// Takes a comment for <paramref name="commenter"/>, on <paramref name="item"/> (a text's identifier; null or empty: the
    /// compilation in general), before the deadline and from the round's audience, as the round's comment <paramref name="number"/>
    /// (the next the store knows). It waits for the Secretariat's review.
    /// </summary>
    public Comment Receive(int number, Commenter commenter, string? item, string? text, CommentFile? attachment, string? by, DateTimeOffset now)
    {
        if (WithdrawnAt is { } withdrawn)
            throw new DomainException("comment_round.withdrawn",
                $"The comment round on {CompilationSymbol} was withdrawn on {Dates.Day(LocalDay(withdrawn))}; comments are no longer taken.");
        if (!IsOpenAt(now))
            throw new DomainException("comment_round.closed",
                $"The comment round on {CompilationSymbol} closed at {Deadline.InWords}; comments are no longer taken.");
        if (!Audience.Contains(commenter.Audience))
            throw new DomainException("comment.commenter",
                $"This round invites comments from {AudienceInWords(Audience)}; {commenter.Name} is {Describe(commenter.Audience)}.");
        return Recommendations.Comment.Make(this, number, commenter, NormalItem(item), text, attachment, by, now);
    }

    /// <summary>Rebuilds a comment a record file states (its review is restored on the comment).</summary>
    public Comment RestoreComment(int number, Commenter commenter, string? item, string? text, CommentFile? attachment, string? by, DateTimeOffset at)
    {
        if (at >= DeadlineAt)
            throw new DomainException("comment_round.closed", $"Comment {number} is dated after the round closed at {Deadline.InWords}.");
        return Recommendations.Comment.Make(this, number, commenter, NormalItem(item), text, attachment, by, at);
    }

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    /// <summary>The deadline a form or a call gives: a date, a time of day and an IANA time zone, each required.</summary>
    public static Deadline DeadlineOf(DateOnly? date, TimeOnly? time, string? timeZone)
    {
        if (date is not { } day) throw new DomainException("comment_round.deadline_date", "The date of the deadline is required, such as 15 January 2021.");
        if (time is not { } at) throw new DomainException("comment_round.deadline_time", "The time of the deadline is required, such as 18:00.");
        return Deadline.Create(day, at, timeZone, "comment_round.time_zone", "comment_round.deadline_time", "comment_round.deadline_date");
    }

    /// <summary>The audience a form or a call names: memberStates, observers, stakeholders (as words or names, in any case).</summary>
    public static IReadOnlyList<CommentAudience> AudienceOf(IEnumerable<string?> names)
    {
        var chosen = new List<CommentAudience>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var key = name!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            chosen.Add(key switch
            {
                "memberstates" => CommentAudience.MemberStates,
                "observers" => CommentAudience.Observers,
                "stakeholders" or "otherstakeholders" => CommentAudience.Stakeholders,
                _ => throw new DomainException("comment_round.audience", $"'{name!.Trim()}' is not an audience; choose among memberStates, observers and stakeholders."),
            });
        }
        return chosen;
    }

    /// <summary>"Member States, observers and other stakeholders".</summary>
    public static string AudienceInWords(IEnumerable<CommentAudience> audience) => Lists.Join(audience.Select(a => a switch
    {
        CommentAudience.MemberStates => "Member States",
        CommentAudience.Observers => "observers",
        _ => "other stakeholders",
    }));

    private static string Describe(CommentAudience audience) => audience switch
    {
        CommentAudience.MemberStates => "a Member State",
        CommentAudience.Observers => "an observer",
        _ => "a stakeholder",
    };

    private string? NormalItem(string? item)
    {
        if (string.IsNullOrWhiteSpace(item)) return null;
        if (!PreliminaryText.IsIdentifier(item))
            throw new DomainException("comment.item", $"'{item.Trim()}' is not the identifier of a preliminary text; it is written year/topic/number, such as 2020/IC/12. Leave it empty for a general comment.");
        var (y, c, n) = PreliminaryText.Parse(item);
        var normal = PreliminaryText.Compose(y, c, n);
        return Items.Contains(normal) ? normal
            : throw new DomainException("comment.item", $"{normal} is not among the texts of {CompilationSymbol}; comment on one of its texts, or in general.");
    }

    private static string When(DateTimeOffset now, string zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZones.Require(zone, "comment_round.time_zone")).DateTime;
        return $"{Times.Time(TimeOnly.FromDateTime(local))} on {Dates.Day(DateOnly.FromDateTime(local))} ({TimeZones.LocalTime(zone)})";
    }
}

/// <summary>What is kept of a comment's attachment with the comment; the bytes are kept apart (<see cref="CommentAttachment"/>).</summary>
public sealed record CommentFile(string Name, string ContentType, long Size, string Sha256)
{
    /// <summary>Checks a file by its content (a PDF or DOCX file, within <paramref name="maxBytes"/>) and describes it.</summary>
    public static CommentFile Check(string? fileName, byte[] content, long maxBytes)
    {
        var (name, kind) = DocumentFile.Accept(fileName, content, maxBytes);
        return new(name, kind == DocumentFileKind.Pdf ? DocumentFile.PdfType : DocumentFile.DocxType, content.LongLength, DocumentFile.Hash(content));
    }
}

/// <summary>A comment of a round: for whom, on which text (or in general), what it says, and the Secretariat's review.</summary>
public sealed class Comment : IVersioned
{
    public Guid Id { get; private set; }
    public Guid RoundId { get; private set; }
    /// <summary>Its number in the round, from 1, in the order received.</summary>
    public int Number { get; private set; }
    public CommenterKind CommenterKind { get; private set; }
    /// <summary>The State's code or the organization's name in the register.</summary>
    public string CommenterKey { get; private set; } = "";
    /// <summary>The name shown: "South Africa", "Council of Europe (CoE)".</summary>
    public string CommenterName { get; private set; } = "";
    public CommentAudience Audience { get; private set; }
    /// <summary>The text commented on, by identifier; null for a comment on the compilation in general.</summary>
    public string? Item { get; private set; }
    public string Text { get; private set; } = "";
    public string? AttachmentName { get; private set; }
    public string? AttachmentType { get; private set; }
    public long? AttachmentSize { get; private set; }
    public string? AttachmentSha256 { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public CommentStatus Status { get; private set; }
    public string? DeclineReason { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    private Comment() { }

    public CommentFile? Attachment => AttachmentName is null ? null : new(AttachmentName, AttachmentType!, AttachmentSize ?? 0, AttachmentSha256!);

    internal static Comment Make(CommentRound round, int number, Commenter commenter, string? item, string? text, CommentFile? attachment, string? by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        RoundId = round.Id,
        Number = number >= 1 ? number : throw new DomainException("comment.number", $"Comments are numbered from 1; {number} is not a number."),
        CommenterKind = commenter.Kind,
        CommenterKey = commenter.Key,
        CommenterName = commenter.Name,
        Audience = commenter.Audience,
        Item = item,
        Text = Guard.Required(text, "comment.text", "The comment", CommentRound.MaxText),
        AttachmentName = attachment?.Name,
        AttachmentType = attachment?.ContentType,
        AttachmentSize = attachment?.Size,
        AttachmentSha256 = attachment?.Sha256,
        SubmittedBy = Guard.Required(by, "comment.submitted_by", "Who submits the comment", 256),
        SubmittedAt = at,
        Status = CommentStatus.Received,
    };

    /// <summary>Whether this comment was made for the given delegation or organization.</summary>
    public bool IsFor(CommenterKind kind, string key) => CommenterKind == kind && string.Equals(CommenterKey, key, StringComparison.OrdinalIgnoreCase);

    /// <summary>Posts the comment online, after the Secretariat's review.</summary>
    public void Post(string? by, DateTimeOffset now) => Review(CommentStatus.Posted, null, by, now);

    /// <summary>Declines the comment, for a reason its author reads; it is not posted.</summary>
    public void Decline(string? reason, string? by, DateTimeOffset now) =>
        Review(CommentStatus.Declined, Guard.Required(reason, "comment.reason", "The reason for declining the comment", 1000), by, now);

    /// <summary>Marks a comment a record file states as reviewed (posted or declined).</summary>
    public void RestoreReview(CommentStatus status, string? reason, string? by, DateTimeOffset? at)
    {
        if (status == CommentStatus.Received) return;
        if (status == CommentStatus.Posted) Post(by, at ?? SubmittedAt);
        else Decline(reason, by, at ?? SubmittedAt);
    }

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    private void Review(CommentStatus status, string? reason, string? by, DateTimeOffset at)
    {
        if (Status != CommentStatus.Received)
            throw new DomainException("comment.reviewed", Status == CommentStatus.Posted
                ? $"Comment {Number} was already posted online."
                : $"Comment {Number} was already declined.");
        (Status, DeclineReason, ReviewedBy, ReviewedAt) = (status, reason, Guard.Required(by, "comment.reviewed_by", "Who reviews the comment", 256), at);
    }
}

/// <summary>The bytes of a comment's attachment, kept apart from the comment so that listing comments never loads them.</summary>
public sealed class CommentAttachment
{
    public Guid CommentId { get; private set; }
    public byte[] Content { get; private set; } = [];

    private CommentAttachment() { }

    public static CommentAttachment For(Comment comment, byte[] content) =>
        comment.AttachmentSha256 == DocumentFile.Hash(content)
            ? new CommentAttachment { CommentId = comment.Id, Content = content }
            : throw new DomainException("comment.attachment", "The attachment's content is not the file the comment describes.");
}
