using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>The token of an invitation link is a secret: it reaches no log line, while the request log still says what was asked.</summary>
public sealed class InvitationLogTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private PlenaryWebFactory _site = null!;

    public Task InitializeAsync()
    {
        _site = new PlenaryWebFactory(_store.Store);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _store.DisposeAsync();
    }

    private sealed class Capture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(Capture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }

    [Fact]
    public async Task OpeningAndAcceptingAnInvitation_LeavesItsTokenOutOfEveryLogLine()
    {
        var capture = new Capture();
        var site = _site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(capture))));
        string token;
        using (var scope = site.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<InviteUser>().HandleAsync(
                new InviteRequest("logged@example.org", AccessRole.Delegate, "eg-cybercrime", "FRA", null), null, "tests");
            token = result.Token!;
        }
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.GetAsync("/invitations/" + token);
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var accepted = await client.PostAsync("/invitations/" + token, form.FormWith(new()
        {
            ["DisplayName"] = "Logged Delegate", ["Password"] = "a private passphrase here", ["ConfirmPassword"] = "a private passphrase here",
        }));
        var unknown = await client.GetAsync("/invitations/" + token + "x");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEmpty(capture.Lines);
        Assert.DoesNotContain(capture.Lines, l => l.Contains(token, StringComparison.Ordinal));
        Assert.Contains(capture.Lines, l => l.Contains("/invitations/", StringComparison.Ordinal)); // the request is logged, without its token
    }
}
