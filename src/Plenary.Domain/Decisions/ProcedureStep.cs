namespace Plenary.Domain.Decisions;

/// <summary>
/// One dated step of a silence procedure: drafted, circulated, the deadline extended, silence broken
/// (an objection or an amendment, with its text), a member's "no objection", withdrawn, concluded.
/// The procedure's page and the outcome notice read these; they are data, never prose.
/// </summary>
public sealed class ProcedureStep
{
    public Guid Id { get; private set; }
    public Guid ProcedureId { get; private set; }
    public int Position { get; private set; }
    public ProcedureStepKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>The account that took the step (none for a conclusion, which time decides).</summary>
    public Guid? UserId { get; private set; }
    /// <summary>Who took it, as the page names them: "Ms. A. Example (South Africa)", "the secretariat".</summary>
    public string? By { get; private set; }
    /// <summary>For a break: an objection or an amendment; for "no objection": that.</summary>
    public ResponseKind? Response { get; private set; }
    /// <summary>The objection's or amendment's text; an extension's or withdrawal's reason.</summary>
    public string? Text { get; private set; }
    /// <summary>For an extension: the deadline before (UTC).</summary>
    public DateTimeOffset? PreviousDeadline { get; private set; }

    private ProcedureStep() { }

    internal ProcedureStep(Guid procedureId, int position, ProcedureStepKind kind, DateTimeOffset at, Guid? userId, string? by,
        ResponseKind? response = null, string? text = null, DateTimeOffset? previousDeadline = null)
    {
        Id = Guid.CreateVersion7();
        ProcedureId = procedureId;
        Position = position;
        Kind = kind;
        At = at.ToUniversalTime();
        UserId = userId;
        By = Guard.Optional(by, "silence.by", "Who took the step", 300);
        Response = response;
        Text = Guard.Optional(text, "silence.text", "The text", 10_000);
        PreviousDeadline = previousDeadline?.ToUniversalTime();
    }

    public bool BreaksSilence => Kind == ProcedureStepKind.SilenceBroken;
}
