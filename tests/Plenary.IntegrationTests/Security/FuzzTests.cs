using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.Domain.Accounts;
using Plenary.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Plenary.IntegrationTests.Security;

/// <summary>
/// A bounded fuzz of the whole application: requests derived from the OpenAPI document (every
/// operation, its path parameters and request body schema) and from the app's own page routes, sent
/// malformed and almost valid, anonymously and with a token of each role. It fails on any 5xx, and
/// on any run of successful writes after which a body's record no longer exports to a file that
/// imports again. A live view's stream (text/event-stream) never ends by design: its status and
/// headers are its answer; any other request unanswered after <see cref="RequestTimeout"/> is a
/// failure, and the run stops after <see cref="TimeBudget"/>. The seed is printed; PLENARY_FUZZ_SEED=n replays a run, PLENARY_FUZZ_REQUESTS=n
/// changes its length.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : FreshSiteTests
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Longer than any answer should take on a loaded machine; a request still unanswered then is a failure (a hang), not a wait.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    /// <summary>The least share of requests answered 2xx for a run to count (a run of seed 2096638881 answers about 13%).</summary>
    private const int MinSuccessPercent = 5;

    /// <summary>The run stops sending (and says so) after this long, so that the test stays bounded whatever happens.</summary>
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(150);

    private sealed record Operation(string Method, string Path, JsonElement? Body);

    private sealed class Run(Random random, JsonElement document)
    {
        public Random Random { get; } = random;
        public JsonElement Document { get; } = document;
        /// <summary>Values seen in answers (ids, symbols, codes, versions): requests built from them are almost valid.</summary>
        public List<string> Seen { get; } = ["eg-cybercrime", "7", "1", "ZAF", "en", "agenda", "report", "UNODC_CCPCJ_EG.4_2021_CRP.1"];
        public List<long> Numbers { get; } = [0, 1, 2, 7, 8, -1, 1000, int.MaxValue, 2147483648L];

        public T Pick<T>(IReadOnlyList<T> values) => values[Random.Next(values.Count)];
        public bool Chance(int percent) => Random.Next(100) < percent;
    }

    [SkippableFact]
    public async Task ThousandsOfMalformedAndAlmostValidRequests_AsEveryRole_GiveNo5xx_AndLeaveTheRecordExportable()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PLENARY_FUZZ_SEED"), CultureInfo.InvariantCulture, out var given) ? given : Random.Shared.Next();
        var count = int.TryParse(Environment.GetEnvironmentVariable("PLENARY_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var asked) ? asked : 2000;
        output.WriteLine($"Fuzz seed {seed} (replay with PLENARY_FUZZ_SEED={seed}), {count} requests.");

        await SecondBody.AddAsync(Site);
        var anonymous = Site.Api();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement.Clone();
        var run = new Run(new Random(seed), document);
        var operations = ApiOperations(document).ToList();
        var pages = PageRoutes().ToList();
        var clients = new List<(string Who, HttpClient Client)> { ("anonymous", anonymous) };
        foreach (var email in new[] { SecondBody.SecretariatEmail, "admin@plenary.demo", "chair@plenary.demo", "bureau@plenary.demo", "delegate@plenary.demo", "stakeholder@plenary.demo" })
            clients.Add((email, Site.Api(await Site.TokenForAsync(email))));
        // Writes are limited to sixty a minute per account: the Secretariat, who may write most, is several accounts.
        foreach (var email in await SecretariatAccountsAsync(6))
            clients.Add((email, Site.Api(await Site.TokenForAsync(email))));
        var pageReader = await SignedInAsync("secretariat@plenary.demo");
        output.WriteLine($"{operations.Count} API operations, {pages.Count} page routes, {clients.Count} clients.");

        var failures = new List<string>();
        var writes = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (sent, liveStreams, writeAttempts) = (0, 0, 0);
        for (var i = 0; i < count && failures.Count < 10 && clock.Elapsed < TimeBudget; i++)
        {
            HttpRequestMessage request;
            HttpClient client;
            string who;
            if (run.Chance(15) && pages.Count > 0)
            {
                (who, client) = run.Chance(50) ? ("anonymous", anonymous) : ("secretariat (pages)", pageReader);
                request = new HttpRequestMessage(run.Chance(85) ? HttpMethod.Get : run.Pick(new[] { HttpMethod.Post, HttpMethod.Head, HttpMethod.Delete }), Fill(run, run.Pick(pages)));
            }
            else
            {
                (who, client) = run.Pick(clients);
                var operation = run.Pick(operations);
                var path = Fill(run, operation.Path);
                // Almost valid edits: read the resource first and send back what it says, its version
                // included, with some fields changed.
                var current = operation.Method is "put" or "delete" && run.Chance(60) ? await ReadAsync(client, path) : null;
                var version = current is { } c && c.TryGetProperty("version", out var v) && v.TryGetInt64(out var n) ? n : (long?)null;
                request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()),
                    path + (operation.Method == "delete" && version is not null ? $"?version={version}" : Query(run)));
                if (operation.Method is not "get" and not "delete" || run.Chance(5)) request.Content = Body(run, operation.Body, current);
            }
            var shown = $"{request.Method} {request.RequestUri} as {who}" + (request.Content is null ? "" : " with " + Cut(await request.Content.ReadAsStringAsync(), 300));
            // Headers first: a live view's stream (text/event-stream) is an answer that never ends by design.
            using var timeout = new CancellationTokenSource(RequestTimeout);
            string text;
            int status;
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                status = (int)response.StatusCode;
                if (IsLiveStream(response))
                {
                    // Its status and headers are its answer; disposing the response leaves the stream.
                    liveStreams++;
                    text = "";
                }
                else text = await response.Content.ReadAsStringAsync(timeout.Token);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status is >= 200 and < 300 && request.Method == HttpMethod.Get && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true) Harvest(run, text);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                failures.Add($"{shown}: no complete answer within {RequestTimeout.TotalSeconds:0} s (only a text/event-stream answer may stay open)");
                continue;
            }
            catch (Exception e)
            {
                failures.Add($"{shown}: the server threw {e.GetType().Name}: {e.Message}");
                continue;
            }
            sent++;
            if (status >= 500) failures.Add($"{shown}: {status} {Cut(text, 400)}");
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head) writeAttempts++;
            if (status is >= 200 and < 300 && request.Method != HttpMethod.Get) writes.Add(shown);
        }
        var succeeded = statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);
        output.WriteLine($"{sent} requests answered in {clock.Elapsed.TotalSeconds:0} s" + (sent + failures.Count < count ? $" (stopped early: {(failures.Count >= 10 ? "ten failures" : "the time budget")})" : "") + ".");
        output.WriteLine("Answers by status: " + string.Join(", ", statuses.Select(s => $"{s.Key} × {s.Value}")));
        output.WriteLine($"{liveStreams} live streams answered with their headers.");
        output.WriteLine($"Success rate: {succeeded} of {sent} requests answered 2xx ({Percent(succeeded, sent)}); {writes.Count} of {writeAttempts} write attempts succeeded ({Percent(writes.Count, writeAttempts)}).");

        var unexportable = await UnexportableRecordsAsync();
        Assert.True(failures.Count == 0, $"Seed {seed}: {failures.Count} request(s) answered 5xx:\n" + string.Join("\n", failures));
        Assert.True(unexportable.Count == 0, $"Seed {seed}: after {writes.Count} successful writes the record no longer exports and imports again:\n"
            + string.Join("\n", unexportable) + "\nLast writes:\n" + string.Join("\n", writes.TakeLast(20)));
        // The floors that keep the run meaningful: a fuzz whose requests all bounce off at the door tests nothing.
        Assert.True(succeeded * 100 >= sent * MinSuccessPercent, $"Seed {seed}: only {succeeded} of {sent} requests succeeded (2xx); at least {MinSuccessPercent}% must, or the fuzz reaches too little.");
        Assert.True(writes.Count >= 1, $"Seed {seed}: none of {writeAttempts} write attempts succeeded; the fuzz tests no write.");
    }

    private static IEnumerable<Operation> ApiOperations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => Methods.Contains(o.Name))
            .Select(o => new Operation(o.Name, path.Name,
                o.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
                && content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema) ? schema : null)));

    private IEnumerable<string> PageRoutes() =>
        Site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .Where(p => !p.StartsWith("/api", StringComparison.Ordinal) && !p.StartsWith("/openapi", StringComparison.Ordinal))
            .Distinct();

    /// <summary>Fills the route's parameters ({slug}, {number:int}, {**rest}) with values seen, near misses and junk.</summary>
    private static string Fill(Run run, string route)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < route.Length)
        {
            var open = route.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(route, i, route.Length - i);
                break;
            }
            result.Append(route, i, open - i);
            var close = route.IndexOf('}', open);
            var name = route[(open + 1)..close].TrimStart('*').Split(':', '=', '?')[0];
            result.Append(Uri.EscapeDataString(Value(run, name)));
            i = close + 1;
        }
        return result.ToString();
    }

    // A NUL in the path is left out: Kestrel refuses it (400) before the app, and the test server cannot send it.
    private static string Value(Run run, string name)
    {
        if (name.Equals("slug", StringComparison.OrdinalIgnoreCase) && run.Chance(80)) return run.Chance(85) ? "eg-cybercrime" : SecondBody.Slug;
        if (name.Contains("number", StringComparison.OrdinalIgnoreCase) && run.Chance(70)) return run.Chance(70) ? "7" : run.Pick(run.Numbers).ToString(CultureInfo.InvariantCulture);
        return run.Random.Next(10) switch
        {
            < 6 => run.Pick(run.Seen),
            6 => run.Pick(run.Numbers).ToString(CultureInfo.InvariantCulture),
            7 => Guid.NewGuid().ToString(),
            8 => run.Pick(new[] { "..", "%", "x y", "'; drop table documents; --", "<script>", "%00", "é", new string('a', 300) }),
            _ => run.Pick(run.Seen) + run.Pick(new[] { "/", "_", "x", "0" }),
        };
    }

    private static string Query(Run run) => run.Chance(20)
        ? $"?{run.Pick(new[] { "version", "page", "handler", "status", "q", "language", "from", "to" })}={Uri.EscapeDataString(Value(run, "query"))}"
        : "";

    /// <summary>A live view's stream: Server-Sent Events, open until the viewer leaves.</summary>
    private static bool IsLiveStream(HttpResponseMessage response) =>
        string.Equals(response.Content.Headers.ContentType?.MediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase);

    private static async Task<JsonElement?> ReadAsync(HttpClient client, string path)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout);
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType?.Contains("json") != true) return null;
        var read = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token)).RootElement;
        return read.ValueKind == JsonValueKind.Object ? read.Clone() : null;
    }

    private static HttpContent Body(Run run, JsonElement? schema, JsonElement? current = null)
    {
        string text = run.Random.Next(20) switch
        {
            _ when current is { } read && run.Chance(80) => Changed(run, read, schema),
            0 => "{",
            1 => "",
            2 => "null",
            3 => "[1,2,3]",
            4 => "\"text\"",
            _ => schema is { } s ? Json(run, s, 0, run.Chance(25))?.ToJsonString() ?? "null" : "{}",
        };
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(run.Chance(95) ? "application/json" : "text/plain");
        return content;
    }

    /// <summary>A value following the schema, each part now and then replaced by one of another type or out of range.</summary>
    private static System.Text.Json.Nodes.JsonNode? Json(Run run, JsonElement schema, int depth, bool confuse)
    {
        schema = Resolve(run, schema);
        if (depth > 5 || (confuse && run.Chance(15))) return Junk(run);
        if (run.Chance(5)) return null;
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
            return run.Chance(90) ? System.Text.Json.Nodes.JsonNode.Parse(run.Pick(values.EnumerateArray().ToList()).GetRawText()) : "notAValue";
        foreach (var combined in new[] { "oneOf", "anyOf", "allOf" })
            if (schema.TryGetProperty(combined, out var options) && options.GetArrayLength() > 0)
                return Json(run, run.Pick(options.EnumerateArray().ToList()), depth + 1, confuse);
        var type = Type(schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        switch (type)
        {
            case "object":
                var obj = new System.Text.Json.Nodes.JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                    foreach (var property in properties.EnumerateObject())
                        if (run.Chance(85)) obj[property.Name] = Json(run, property.Value, depth + 1, confuse);
                return obj;
            case "array":
                var array = new System.Text.Json.Nodes.JsonArray();
                var items = schema.TryGetProperty("items", out var it) ? it : default;
                for (var n = run.Random.Next(4); n > 0; n--) array.Add(items.ValueKind == JsonValueKind.Undefined ? "x" : Json(run, items, depth + 1, confuse));
                return array;
            case "integer" or "number":
                return run.Chance(70) ? run.Pick(run.Numbers) : run.Random.Next(-5, 3000);
            case "boolean":
                return run.Chance(50);
            default:
                return format switch
                {
                    "date" => run.Pick(new[] { "2021-04-06", "2021-04-08", "2026-11-30", "0001-01-01", "9999-12-31", "2021-02-30", "6 April 2021" }),
                    "date-time" => run.Pick(new[] { "2021-04-06T10:00:00Z", "0001-01-01T00:00:00Z", "yesterday" }),
                    _ => run.Random.Next(8) switch
                    {
                        0 => "",
                        1 => new string('x', run.Pick(new[] { 101, 1001, 20_000 })),
                        2 => "Under agenda item 3, the Expert Group may wish to take note of the report.",
                        3 => "<b>bold</b> & \"quoted\" 'text'\r\n",
                        _ => run.Pick(run.Seen),
                    },
                };
        }
    }

    /// <summary>What was read, a field or two replaced by a value following the schema (or junk).</summary>
    private static string Changed(Run run, JsonElement read, JsonElement? schema)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(read.GetRawText())!.AsObject();
        var generated = schema is { } s ? Json(run, s, 0, run.Chance(25)) as System.Text.Json.Nodes.JsonObject : null;
        foreach (var (name, value) in generated?.ToList() ?? [])
            if (run.Chance(30)) body[name] = value?.DeepClone();
        return body.ToJsonString();
    }

    private static JsonElement Resolve(Run run, JsonElement schema)
    {
        for (var hops = 0; hops < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = run.Document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) target = target.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
            schema = target;
        }
        return schema;
    }

    private static string? Type(JsonElement schema) => !schema.TryGetProperty("type", out var type) ? (schema.TryGetProperty("properties", out _) ? "object" : null)
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") : type.GetString();

    private static System.Text.Json.Nodes.JsonNode? Junk(Run run) => run.Random.Next(7) switch
    {
        0 => "not a number",
        1 => -1,
        2 => long.MaxValue,
        3 => new System.Text.Json.Nodes.JsonObject { ["nested"] = 1 },
        4 => new System.Text.Json.Nodes.JsonArray(1, "two"),
        5 => 1.5,
        _ => true,
    };

    private static void Harvest(Run run, string json)
    {
        if (run.Seen.Count > 400) return;
        try
        {
            Walk(JsonDocument.Parse(json).RootElement);
        }
        catch (JsonException)
        {
        }

        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject()) Walk(p.Value);
                    break;
                case JsonValueKind.Array:
                    foreach (var x in e.EnumerateArray().Take(10)) Walk(x);
                    break;
                case JsonValueKind.String when e.GetString() is { Length: > 0 and < 60 } s && !run.Seen.Contains(s):
                    run.Seen.Add(s.Replace('/', '_'));
                    break;
                case JsonValueKind.Number when e.TryGetInt64(out var n) && !run.Numbers.Contains(n) && run.Numbers.Count < 100:
                    run.Numbers.Add(n);
                    break;
            }
        }
    }

    private async Task<List<string>> SecretariatAccountsAsync(int count)
    {
        using var scope = Site.Services.CreateScope();
        var add = scope.ServiceProvider.GetRequiredService<AddUser>();
        var emails = new List<string> { "secretariat@plenary.demo" };
        for (var n = 1; n < count; n++)
        {
            var email = $"fuzz-secretariat-{n}@plenary.test";
            var added = await add.HandleAsync(new AddUserRequest(email, $"Fuzz Secretariat {n}", AccessRole.Secretariat, "eg-cybercrime", null, null, "a long fuzzing passphrase " + n));
            Assert.True(added.Succeeded, string.Join("; ", added.Errors));
            emails.Add(email);
        }
        return emails;
    }

    /// <summary>Each body's record exported, then imported into an empty store: the errors, if any.</summary>
    private async Task<List<string>> UnexportableRecordsAsync()
    {
        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var slugs = db.Bodies.Select(b => b.Slug).ToList();
        var problems = new List<string>();
        foreach (var slug in slugs)
        {
            string? json;
            try
            {
                json = await new ExportRecord(db).HandleAsync(slug);
            }
            catch (Exception e)
            {
                problems.Add($"{slug}: the export threw {e.GetType().Name}: {e.Message}");
                continue;
            }
            if (json is null) continue;
            await using var fresh = new SqliteTestStore();
            await using var target = await fresh.MigratedContextAsync();
            var imported = await new ImportRecord(target).HandleAsync(json);
            if (!imported.Succeeded) problems.Add($"{slug}: " + string.Join("; ", imported.Errors));
        }
        return problems;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "none sent" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
