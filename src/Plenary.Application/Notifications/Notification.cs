namespace Plenary.Application.Notifications;

/// <summary>
/// A message to one person: shown in their inbox (unread until they open it) and, where they have an
/// email address and Plenary has an SMTP server, sent by email by the background sender. Made in the
/// same save as the change it tells of, so that a change is never saved without its notices.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid? BodyId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>One line: what happened ("Silence procedure 3 circulated: Dates of the eighth meeting").</summary>
    public string Subject { get; private set; } = "";
    /// <summary>The message, plain text in paragraphs.</summary>
    public string Text { get; private set; } = "";
    /// <summary>Where on the site it leads, as a path ("/bodies/eg-cybercrime/silence-procedures/3").</summary>
    public string Link { get; private set; } = "";
    public DateTimeOffset? ReadAt { get; private set; }
    /// <summary>The address the email goes to; none: the inbox alone.</summary>
    public string? Email { get; private set; }
    public DateTimeOffset? EmailSentAt { get; private set; }
    /// <summary>Until when (Unix milliseconds) one instance holds the sending of this email, so that two never send it both.</summary>
    public long EmailLease { get; private set; }
    public int EmailAttempts { get; private set; }
    public string? EmailError { get; private set; }

    private Notification() { }

    public static Notification To(Guid userId, string? email, Guid? bodyId, DateTimeOffset now, string subject, string text, string link) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        BodyId = bodyId,
        CreatedAt = now.ToUniversalTime(),
        Subject = subject.Length > 300 ? subject[..297] + "..." : subject,
        Text = text,
        Link = link,
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
    };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now.ToUniversalTime();

    public void EmailSent(DateTimeOffset now)
    {
        EmailSentAt = now.ToUniversalTime();
        EmailError = null;
    }

    public void EmailFailed(string error)
    {
        EmailAttempts++;
        EmailError = error.Length > 1000 ? error[..1000] : error;
    }
}
