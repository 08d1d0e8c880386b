using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Plenary.IntegrationTests.Records;

/// <summary>
/// A property of the whole write path: whatever random edits, valid or not, the API is sent, each is
/// answered 2xx or 4xx (never 5xx), and after each batch the body's record exports to a file that
/// imports into an empty store and exports again to the same text. Values are drawn around and far
/// beyond every rule's bounds (lengths, dates, enumerations, numbers, symbols, State codes), so that
/// both sides of each rule are reached. The seed is printed; PLENARY_PROPERTY_SEED=n replays a run.
/// </summary>
public abstract class ApiEditsRoundTripPropertyTests(ITestOutputHelper output) : FreshSiteTests
{
    private const string Body = "/api/v1/bodies/eg-cybercrime";
    private const string Meeting = Body + "/meetings/7";
    private const int Edits = 120;
    private const int Batch = 30;

    private sealed class Values(Random random)
    {
        private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:'\"’‘“”()[]/-–—éèçñöüÅ中文русскийعربي\n\t<>&{}*_#";

        public T Pick<T>(params T[] values) => values[random.Next(values.Length)];

        public string Text(int max)
        {
            // Half the texts are ordinary; the others sit at the edges: empty, one character, at the limit and beyond it.
            var length = random.Next(2) == 0 ? random.Next(2, Math.Min(max, 120))
                : Pick(0, 1, random.Next(2, max), max - 1, max, max + 1, random.Next(max + 1, max * 2));
            if (length < 0) length = 0;
            var text = new StringBuilder(length);
            for (var i = 0; i < length; i++) text.Append(Alphabet[random.Next(Alphabet.Length)]);
            return text.ToString();
        }

        public object Date(int year) => random.Next(3) > 0 ? new DateOnly(year, 4, 5 + random.Next(5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Pick<object>(
            "0001-01-01", "9999-12-31", "1944-12-31", "2200-12-31", "2021-02-30", "not a date", 20210406);

        public object Number(params long[] around) => random.Next(3) > 0 ? around[random.Next(around.Length)] : Pick<object>(0, -1, 999, 1000, int.MaxValue, 2147483648L, "7", 1.5);
    }

    [SkippableFact]
    public async Task RandomValidAndInvalidEditsThroughTheApi_AreNeverA5xx_AndTheRecordAlwaysExportsAndImportsAgainUnchanged()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PLENARY_PROPERTY_SEED"), CultureInfo.InvariantCulture, out var given) ? given : Random.Shared.Next();
        output.WriteLine($"Property seed {seed} (replay with PLENARY_PROPERTY_SEED={seed}), {Edits} edits.");
        var random = new Random(seed);
        var v = new Values(random);
        // More writes than the sixty a minute a token holder may make; the limit has its own test.
        var api = Site.WithWebHostBuilder(b => b.UseSetting("Plenary:TokenWritesPerMinute", "100000")).CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Site.TokenForAsync("secretariat@plenary.demo"));
        var workplan = JsonDocument.Parse(await api.GetStringAsync(Body)).RootElement.GetProperty("workplans")[0].GetProperty("id").GetString();
        var answers = new Dictionary<int, int>();
        var failures = new List<string>();

        for (var n = 1; n <= Edits; n++)
        {
            var body = await VersionAsync(api, Body);
            var meeting = await VersionAsync(api, Meeting);
            var (method, path, json) = random.Next(7) switch
            {
                0 => ("PUT", Meeting, Json(new()
                {
                    ["version"] = meeting, ["venue"] = v.Text(200), ["startDate"] = v.Date(2021), ["endDate"] = v.Date(2021),
                    ["format"] = v.Pick<object>("inPerson", "hybrid", "online", "hybrid", 99, -1, "inperson"),
                })),
                1 => ("PUT", $"{Meeting}/agenda/items/{v.Number(1, 2, 3, 4, 5)}", Json(new()
                {
                    ["version"] = meeting, ["title"] = v.Text(300), ["annotation"] = v.Pick<object?>(null, v.Text(20_000)),
                })),
                2 => ("POST", Body + "/documents", Json(new()
                {
                    ["symbol"] = v.Pick<object>($"UNODC/CCPCJ/EG.4/2021/INF/{random.Next(2, 60)}", $"UNODC/CCPCJ/EG.4/2021/CRP.{random.Next(2, 60)}",
                        "A/RES/74/247", "", v.Text(80), "E/CN.15/2021/1"),
                    ["title"] = v.Text(500), ["type"] = v.Pick<object>("note", "report", "agenda", "conferenceRoomPaper", -1, 99, "x"),
                    ["meeting"] = v.Number(6, 7), ["originalLanguage"] = v.Pick("en", "fr", "ar", "xx", ""),
                })),
                3 => ("POST", Body + "/officers", Json(new()
                {
                    ["version"] = body, ["office"] = v.Pick<object>("chair", "viceChair", "rapporteur", 2147483647, -1, "king"),
                    ["person"] = v.Text(200), ["state"] = v.Pick("ZAF", "BRA", "Türkiye", "XYZ", "", "zaf"),
                })),
                4 => ("POST", $"{Body}/workplans/{workplan}/planned-meetings", Json(new()
                {
                    ["version"] = body, ["year"] = v.Pick<object>(2019, 2020, 2021, 1900, 3000, "2021"), ["meetingNumber"] = v.Number(8, 9, 10),
                    ["topics"] = v.Pick<object>(new[] { v.Text(300) }, Array.Empty<string>(), new[] { "international cooperation", v.Text(300) }),
                })),
                5 => ("POST", Body + "/mandates", Json(new()
                {
                    ["version"] = body, ["kind"] = v.Pick<object>("resolution", "decision", 7, -1), ["symbol"] = v.Pick("A/RES/65/230", "", v.Text(100)),
                    ["organ"] = v.Pick("General Assembly", "Commission on Crime Prevention and Criminal Justice", "", v.Text(300)),
                })),
                _ => ("PUT", Meeting + "/agenda/items/1", Json(new() { ["version"] = v.Pick(meeting, meeting - 1, meeting + 5), ["title"] = v.Text(300) })),
            };
            var response = await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
            var status = (int)response.StatusCode;
            answers[status] = answers.GetValueOrDefault(status) + 1;
            if (status >= 500) failures.Add($"{method} {path} {Cut(json)} answered {status}: {Cut(await response.Content.ReadAsStringAsync())}");
            if (n % Batch == 0) failures.AddRange(await RoundTripProblemsAsync());
        }

        output.WriteLine("Answers by status: " + string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key} × {a.Value}")));
        Assert.True(failures.Count == 0, $"Seed {seed}:\n" + string.Join("\n", failures));
        var accepted = answers.Where(a => a.Key is >= 200 and < 300).Sum(a => a.Value);
        var refused = answers.Where(a => a.Key is >= 400 and < 500).Sum(a => a.Value);
        // Both sides of the rules are reached, or the property says little.
        Assert.True(accepted >= Edits / 10, $"Seed {seed}: only {accepted} of {Edits} edits were accepted.");
        Assert.True(refused >= Edits / 10, $"Seed {seed}: only {refused} of {Edits} edits were refused.");
    }

    private static async Task<int> VersionAsync(HttpClient api, string path) =>
        JsonDocument.Parse(await api.GetStringAsync(path)).RootElement.GetProperty("version").GetInt32();

    private static string Json(Dictionary<string, object?> values) => JsonSerializer.Serialize(values);

    /// <summary>The record exported, imported into an empty store and exported again: what went wrong, if anything.</summary>
    private async Task<List<string>> RoundTripProblemsAsync()
    {
        using var scope = Site.Services.CreateScope();
        var exported = await new ExportRecord(scope.ServiceProvider.GetRequiredService<PlenaryDbContext>()).HandleAsync("eg-cybercrime");
        if (exported is null) return ["The body is gone from the store."];
        await using var fresh = new SqliteTestStore();
        await using (var target = await fresh.MigratedContextAsync())
        {
            var imported = await new ImportRecord(target).HandleAsync(exported);
            if (!imported.Succeeded) return ["The exported record does not import again: " + string.Join("; ", imported.Errors)];
        }
        await using var reread = await fresh.MigratedContextAsync();
        var again = await new ExportRecord(reread).HandleAsync("eg-cybercrime");
        return again == exported ? [] : [$"The record exported after the import differs from the one imported, first at character {FirstDifference(exported, again ?? "")}."];
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

public sealed class SqliteApiEditsRoundTripPropertyTests(ITestOutputHelper output) : ApiEditsRoundTripPropertyTests(output);

public sealed class PostgresApiEditsRoundTripPropertyTests(ITestOutputHelper output) : ApiEditsRoundTripPropertyTests(output)
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
