using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Notifications;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Decisions;

/// <summary>
/// Circulation reaches the circle by email too: MailKit delivers to a real SMTP exchange (a test server
/// on 127.0.0.1), each email once even when two senders run at the same moment, with the site's
/// address before the link.
/// </summary>
public class NotificationEmailTests : SilenceSiteTests
{
    [SkippableFact]
    public async Task Circulation_SendsOneEmailToEachMember_ThroughSmtp()
    {
        await using var smtp = new TestSmtpServer();
        var site = NewSite(settings: new Dictionary<string, string?>
        {
            ["Plenary:Smtp:Host"] = "127.0.0.1",
            ["Plenary:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Plenary:Smtp:Security"] = "None",
            ["Plenary:Smtp:From"] = "secretariat@plenary.example",
            ["Plenary:Smtp:PublicUrl"] = "https://plenary.example",
        });
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);

        var senders = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var scope = site.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SendPendingEmails>().SendAsync();
        }));
        var sent = (await Task.WhenAll(senders)).Sum();

        Assert.Equal(2, sent);
        Assert.Equal(["bureau@plenary.demo", "chair@plenary.demo"], smtp.Messages.SelectMany(m => m.To).Order());
        var message = smtp.Messages.First();
        Assert.Equal("secretariat@plenary.example", message.From);
        Assert.StartsWith($"Silence procedure {number}: Dates of the eighth meeting", message.Subject);
        Assert.Contains($"https://plenary.example/bodies/eg-cybercrime/silence-procedures/{number}", message.Data);
        await using var db = Store.Store.CreateContext();
        Assert.All(await db.Notifications.ToListAsync(), n => Assert.NotNull(n.EmailSentAt));
    }

    [SkippableFact]
    public async Task AnUnreachableServer_KeepsTheEmailForLater_AndTheInboxHasIt()
    {
        var site = NewSite(settings: new Dictionary<string, string?> { ["Plenary:Smtp:Host"] = "127.0.0.1", ["Plenary:Smtp:Port"] = "1", ["Plenary:Smtp:Security"] = "None" });
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(Start.Year + 1, 5, 2), new DateOnly(Start.Year + 1, 5, 4)));
        await CirculateAsync(site, secretariat, number);

        await using (var scope = site.Services.CreateAsyncScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SendPendingEmails>().SendAsync());

        await using var db = Store.Store.CreateContext();
        var notes = await db.Notifications.ToListAsync();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Equal((null, 1), (n.EmailSentAt, n.EmailAttempts)));
        Assert.All(notes, n => Assert.NotNull(n.EmailError));
    }
}

public sealed class NotificationEmailPostgresTests : NotificationEmailTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
