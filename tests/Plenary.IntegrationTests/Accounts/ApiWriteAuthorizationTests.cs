using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// Every API route that writes, found from the app's own endpoints, tried with every role's token:
/// a new write route cannot ship open to the wrong people. An empty body writes nothing: editors
/// get past authorization and are told what is missing.
/// </summary>
public sealed partial class ApiWriteAuthorizationTests : FreshSiteTests
{
    private static readonly string?[] Accounts = [null, "admin", "secretariat", "chair", "bureau", "delegate", "stakeholder"];

    [Fact]
    public async Task EveryWriteRoute_LetsOnlyTheSecretariatAndTheAdministratorIn_OrTheParticipantItselfForADelegation_OrTheOfficersAndTheCircleForSilence_OrTheChairAndDelegatesForTheListOfSpeakers()
    {
        var writes = Site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != "GET" && m != "HEAD")
                .Select(m => (Method: m, Path: Concrete(e.RoutePattern.RawText!))))
            .Distinct().ToList();
        Assert.NotEmpty(writes);
        // Each role tries more write routes than the sixty writes a minute a token holder may make; the limit has its own test below.
        var unlimited = Site.WithWebHostBuilder(b => b.UseSetting("Plenary:TokenWritesPerMinute", "100000"));
        var clients = new List<HttpClient>();
        foreach (var account in Accounts)
        {
            var client = unlimited.CreateClient(new() { AllowAutoRedirect = false });
            if (account is not null)
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Site.TokenForAsync($"{account}@plenary.demo"));
            clients.Add(client);
        }
        var before = await Site.ReadAsync("/api/v1/bodies/eg-cybercrime/meetings/7");

        var wrong = new List<string>();
        foreach (var (method, path) in writes)
            for (var role = 0; role < Accounts.Length; role++)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
                var status = (await clients[role].SendAsync(request)).StatusCode;
                // Creating a body is the Administrator's alone; every other write is the Secretariat's too.
                var administratorOnly = method == "POST" && path == "/api/v1/bodies";
                var passes = status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500;
                var expected = role switch
                {
                    0 => status == HttpStatusCode.Unauthorized,
                    // Any signed-in person may try to answer a silence procedure: whether they are in its circle is the
                    // domain's to say (403 "not in the circle" for the others, the Secretariat included).
                    _ when SilenceAnswer(path) => status is not HttpStatusCode.Unauthorized && (int)status < 500,
                    2 when administratorOnly => status == HttpStatusCode.Forbidden,
                    1 or 2 => passes,
                    // An officer (the Chair) drafts and circulates silence procedures.
                    3 when SilenceDrafting(method, path) => passes,
                    _ when Recommendations(method, path).Contains(Accounts[role]!) => passes,
                    _ when AlsoAllowed(method, path).Contains(Accounts[role]!) => passes,
                    _ => status == HttpStatusCode.Forbidden,
                };
                if (!expected) wrong.Add($"{method} {path} as {Accounts[role] ?? "anonymous"}: {(int)status}");
            }

        Assert.True(wrong.Count == 0, "Write routes with the wrong outcome:\n" + string.Join("\n", wrong));
        Assert.Equal(before.GetProperty("version").GetInt32(), (await Site.ReadAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task TokenWrites_AreLimitedPerTokenHolder_SoOnePersonsBurstDoesNotStopAnother()
    {
        var secretariat = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var admin = Site.Api(await Site.TokenForAsync("admin@plenary.demo"));
        const string items = "/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 61; i++)
            statuses.Add((await secretariat.PostAsync(items, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        Assert.All(statuses.Take(60), s => Assert.Equal(HttpStatusCode.BadRequest, s)); // each refused for its missing version, but counted
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[60]);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync(items, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

    private static bool SilenceDrafting(string method, string path) =>
        path.EndsWith("/silence-procedures", StringComparison.Ordinal) || path.EndsWith("/circulate", StringComparison.Ordinal)
        || (method == "PUT" && path.Contains("/silence-procedures/", StringComparison.Ordinal));

    private static bool SilenceAnswer(string path) => path.EndsWith("/break", StringComparison.Ordinal) || path.EndsWith("/no-objection", StringComparison.Ordinal);

    /// <summary>
    /// Conclusions and recommendations: the Rapporteur (an officer of the body, "chair" here) records and decides; a delegate
    /// submits a suggestion for their own State; delegates and stakeholders comment on the compilation. Each gets past authorization and is then told what the empty body lacks.
    /// </summary>
    private static string[] Recommendations(string method, string path) => path switch
    {
        _ when path.EndsWith("/suggestions", StringComparison.Ordinal) && method == "POST" => ["delegate"],
        // A comment on the compilation: a delegate for their own State, a stakeholder for their own organization; the rest of a round is the Secretariat's.
        _ when path.EndsWith("/comments", StringComparison.Ordinal) && path.Contains("/comment-rounds/", StringComparison.Ordinal) && method == "POST" => ["delegate", "stakeholder"],
        _ when path.Contains("/recommendations", StringComparison.Ordinal) || path.Contains("/suggestions/", StringComparison.Ordinal)
            || path.Contains("/consolidation", StringComparison.Ordinal) => ["chair"],
        _ => [],
    };

    /// The roles besides the Secretariat and the Administrator that a write lets past authorization (its handler then refuses
    /// the empty body, or finds no such thing): a delegate or stakeholder asks for the floor, and withdraws a request, for their
    /// own delegation (the scope is then checked against the request); the Chair (an officer of the body) runs the list of
    /// speakers; a delegation handles its own statements' texts (none exists here: 404).
    /// </summary>
    private static string[] AlsoAllowed(string method, string path) => path switch
    {
        _ when path.EndsWith("/speakers", StringComparison.Ordinal) || (method == "DELETE" && SpeakerRoute().IsMatch(path)) => ["chair", "delegate", "stakeholder"],
        _ when path.Contains("/speakers/", StringComparison.Ordinal) => ["chair"],
        _ when StatementTextRoute().IsMatch(path) => ["delegate", "stakeholder"],
        _ => [],
    };

    [GeneratedRegex(@"/speakers/[0-9a-f-]{36}$")]
    private static partial Regex SpeakerRoute();

    [GeneratedRegex(@"/statements/[0-9a-f-]{36}/(text|publication)$")]
    private static partial Regex StatementTextRoute();

    /// <summary>A route with demo values in place of its parameters.</summary>
    private static string Concrete(string pattern) => "/" + Parameter().Replace(pattern.TrimStart('/'), m => m.Groups["name"].Value switch
    {
        "slug" => "eg-cybercrime",
        "number" => "7",
        "lang" or "language" => "en",
        "kind" => "states",
        "workplan" => "0193a1b2-0000-7000-8000-000000000001",
        "participant" => "USA", // a delegation none of the demo's delegates or stakeholders acts for
        "speaker" or "id" => "0193a1b2-0000-7000-8000-000000000009",
        _ => "1",
    });

    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
