using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document passes the errors of Redocly's recommended lint (security-defined,
/// no-server-trailing-slash, operation-summary, unique and URL-safe operation ids, path parameters
/// defined, no unresolved $ref), checked here in .NET so that CI needs no download; and declares,
/// as the issue asks, the problem responses each route gives. The real lint runs too when
/// PLENARY_REDOCLY_LINT=1 (it fetches @redocly/cli with npx).
/// </summary>
public sealed partial class OpenApiLintTests(SqliteDemoSite site) : IClassFixture<SqliteDemoSite>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await site.Client().GetStringAsync("/openapi/v1.json")).RootElement.Clone();

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement doc) =>
        doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(o => Methods.Contains(o.Name)).Select(o => (p.Name, o.Name, o.Value)));

    [Fact]
    public async Task TheDocument_HasNoErrorOfRedoclysRecommendedRules()
    {
        var doc = await DocumentAsync();
        var errors = new List<string>();

        foreach (var server in doc.TryGetProperty("servers", out var servers) ? servers.EnumerateArray() : default)
            if (server.GetProperty("url").GetString() is { } url && url.EndsWith('/'))
                errors.Add($"no-server-trailing-slash: {url}");
        var schemes = doc.GetProperty("components").TryGetProperty("securitySchemes", out var s) ? s.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
        var ids = new List<string>();
        foreach (var (path, method, op) in Operations(doc))
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            if (!op.TryGetProperty("security", out var security) || security.GetArrayLength() == 0)
                errors.Add($"security-defined: {where} declares no security");
            else
                foreach (var scheme in security.EnumerateArray().SelectMany(r => r.EnumerateObject()).Where(r => !schemes.Contains(r.Name)))
                    errors.Add($"security-defined: {where} names the undeclared scheme {scheme.Name}");
            if (!op.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                errors.Add($"operation-summary: {where}");
            if (!op.TryGetProperty("operationId", out var id) || !UrlSafe().IsMatch(id.GetString()!))
                errors.Add($"operation-operationId-url-safe: {where}");
            else ids.Add(id.GetString()!);
            var declared = op.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()).ToHashSet()
                : [];
            foreach (Match m in PathParameter().Matches(path))
                if (!declared.Contains(m.Groups[1].Value)) errors.Add($"path-parameters-defined: {where} does not define {{{m.Groups[1].Value}}}");
            if (!op.TryGetProperty("tags", out var tags) || tags.GetArrayLength() == 0)
                errors.Add($"operation-tag-defined: {where} has no tag");
        }
        errors.AddRange(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"operation-operationId-unique: {g.Key}"));
        foreach (Match r in Reference().Matches(doc.GetRawText()))
            if (!Resolves(doc, r.Groups[1].Value)) errors.Add($"no-unresolved-refs: {r.Groups[1].Value}");

        Assert.True(errors.Count == 0, "OpenAPI lint errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task EveryWrite_NeedsTheToken_AndDescribesItsProblemResponses_WhileReadsArePublic()
    {
        var doc = await DocumentAsync();
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("personalAccessToken");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));

        var wrong = new List<string>();
        foreach (var (path, method, op) in Operations(doc))
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            var responses = op.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);
            var problems = responses.Where(r => r.Key.StartsWith('4')).ToList();
            if (problems.Any(p => !p.Value.GetProperty("content").TryGetProperty("application/problem+json", out _)))
                wrong.Add($"{where}: a 4xx response that is not application/problem+json");
            if (!responses.Keys.Any(k => k.StartsWith('2'))) wrong.Add($"{where}: no success response");
            var needsToken = op.GetProperty("security").EnumerateArray().Any(r => r.TryGetProperty("personalAccessToken", out _));
            if (method == "get")
            {
                // Private reads: a delegation names persons (one delegation, the list of delegations); a convening's suggestions are a delegation's
                // until the Rapporteur decides; a round's comments with their review are the Secretariat's and the commenter's until posted.
                var isPrivate = path.Contains("/delegations", StringComparison.Ordinal) || path.EndsWith("/suggestions", StringComparison.Ordinal)
                    || path.EndsWith("/comment-rounds/{round}/comments", StringComparison.Ordinal);
                if (needsToken != isPrivate) wrong.Add($"{where}: a read is public unless it names persons (a delegation, the list of delegations) or is a convening's undecided suggestions");
                if (path.Contains('{') && !responses.ContainsKey("404")) wrong.Add($"{where}: a read of something named in its path says it may be 404");
                continue;
            }
            if (!needsToken) wrong.Add($"{where}: a write without the token's security");
            foreach (var status in (string[])["400", "401", "403", "404", "409", "429"])
                if (!responses.ContainsKey(status)) wrong.Add($"{where}: no {status} problem response");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Contains("413", Operations(doc).Single(o => o.Operation.GetProperty("operationId").GetString() == "UploadDocumentFile").Operation.GetProperty("responses").EnumerateObject().Select(r => r.Name));
    }

    [SkippableFact]
    public async Task RedoclysRecommendedLint_FindsNoError()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("PLENARY_REDOCLY_LINT") == "1",
            "Set PLENARY_REDOCLY_LINT=1 to run `npx @redocly/cli lint` over the document (it downloads the linter).");
        var file = Path.Combine(Path.GetTempPath(), $"plenary-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await site.Client().GetStringAsync("/openapi/v1.json"));
        try
        {
            using var lint = Process.Start(new ProcessStartInfo("npx", ["-y", "@redocly/cli@2", "lint", file, "--format=summary"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var output = await lint.StandardOutput.ReadToEndAsync() + await lint.StandardError.ReadToEndAsync();
            await lint.WaitForExitAsync();
            Assert.True(lint.ExitCode == 0, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static bool Resolves(JsonElement doc, string reference)
    {
        var node = doc;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
            if (!node.TryGetProperty(part.Replace("~1", "/").Replace("~0", "~"), out node)) return false;
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9_.~-]+$")]
    private static partial Regex UrlSafe();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex("\"\\$ref\":\\s*\"([^\"]+)\"")]
    private static partial Regex Reference();
}
