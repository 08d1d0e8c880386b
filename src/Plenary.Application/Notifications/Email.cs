using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using Plenary.Application.Data;

namespace Plenary.Application.Notifications;

/// <summary>
/// The SMTP server Plenary sends email through (Plenary:Smtp). Without a host no email is sent and
/// notifications stay in the inbox alone. <see cref="PublicUrl"/> makes the links in emails absolute.
/// </summary>
public sealed record SmtpSettings
{
    public string? Host { get; init; }
    public int Port { get; init; } = 587;
    /// <summary>Auto (STARTTLS when offered), StartTls (required), SslOnConnect (port 465) or None.</summary>
    public string Security { get; init; } = "Auto";
    public string? UserName { get; init; }
    public string? Password { get; init; }
    public string From { get; init; } = "plenary@localhost";
    public string FromName { get; init; } = "Plenary";
    /// <summary>The site's address as readers reach it ("https://plenary.example.org"), put before each link.</summary>
    public string? PublicUrl { get; init; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Sends one email; the SMTP implementation is <see cref="SmtpEmailSender"/>.</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string text, CancellationToken ct);
}

/// <summary>Email through an SMTP server with MailKit: a connection per batch would be an optimisation; one per message keeps failures apart.</summary>
public sealed class SmtpEmailSender(SmtpSettings settings) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string text, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        using var client = new SmtpClient();
        var security = settings.Security.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "sslonconnect" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(settings.Host!, settings.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}

/// <summary>
/// Sends the notifications' emails that have not gone yet, oldest first. Each email is first leased
/// with a conditional update (the one instance whose update takes it sends it, for five minutes), so
/// that two instances never send the same email; a failure is kept and tried again later, at most
/// five times.
/// </summary>
public sealed class SendPendingEmails(PlenaryDbContext db, IEmailSender sender, SmtpSettings settings, TimeProvider clock, ILogger<SendPendingEmails> log)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<int> SendAsync(int batch = 50, CancellationToken ct = default)
    {
        if (!settings.Enabled) return 0;
        var now = clock.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.Email != null && n.EmailSentAt == null && n.EmailAttempts < MaxAttempts && n.EmailLease < nowMs)
            .OrderBy(n => n.Id).Take(batch).Select(n => n.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var id in pending)
        {
            var taken = await db.Notifications.Where(n => n.Id == id && n.EmailSentAt == null && n.EmailLease < nowMs)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailLease, nowMs + (long)Lease.TotalMilliseconds), ct);
            if (taken != 1) continue;
            var notification = await db.Notifications.SingleAsync(n => n.Id == id, ct);
            try
            {
                await sender.SendAsync(notification.Email!, notification.Subject, WithAbsoluteLink(notification.Text), ct);
                notification.EmailSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The email of notification {Id} to {Email} could not be sent.", id, notification.Email);
                notification.EmailFailed(e.Message);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return sent;
    }

    /// <summary>Links in the text are site paths; an email needs the site's address before them.</summary>
    private string WithAbsoluteLink(string text) =>
        string.IsNullOrWhiteSpace(settings.PublicUrl) ? text
            : System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^(/bodies/\S+)$", settings.PublicUrl.TrimEnd('/') + "$1");
}
