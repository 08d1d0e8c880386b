using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// Every route against every role, with the outcome each must get. A route that is not in the
/// matrix fails the test, so a new route cannot ship without deciding who may use it.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteDemoSite site) : IClassFixture<SqliteDemoSite>
{
    private const string A = "allowed", S = "sign-in", D = "denied";

    // Roles: anonymous, admin, secretariat, chair (Officer), bureau, delegate, stakeholder.
    private static readonly string?[] Accounts = [null, "admin", "secretariat", "chair", "bureau", "delegate", "stakeholder"];

    public static readonly Dictionary<string, (string Path, string[] Expected)> Matrix = new()
    {
        ["/"] = ("/", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}"] = ("/bodies/eg-cybercrime", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}"] = ("/bodies/eg-cybercrime/meetings/7", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/documents/{kind}"] = ("/bodies/eg-cybercrime/meetings/7/documents/agenda", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/agenda"] = ("/bodies/eg-cybercrime/meetings/7/agenda", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/meetings/{number:int}/edit"] = ("/bodies/eg-cybercrime/meetings/7/edit", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/documents"] = ("/bodies/eg-cybercrime/documents", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/documents/{document}"] = ("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/documents/new"] = ("/bodies/eg-cybercrime/documents/new", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/documents/{document}/edit"] = ("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/edit", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/documents/{document}/files"] = ("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/files", [S, A, A, D, D, D, D]),
        // Downloads are public; the demo record has no uploaded file, so every role finds none (DocumentRegisterTests download one).
        ["/bodies/{slug}/documents/{document}/files/{lang}"] = ("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/files/en", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/account"] = ("/account", [S, A, A, A, A, A, A]),
        ["/account/sign-in"] = ("/account/sign-in", [A, A, A, A, A, A, A]),
        ["/account/sign-out"] = ("/account/sign-out", [A, A, A, A, A, A, A]),
        ["/account/denied"] = ("/account/denied", [D, D, D, D, D, D, D]),
        ["/admin/audit"] = ("/admin/audit", [S, A, D, D, D, D, D]),
        ["/admin/audit.csv"] = ("/admin/audit.csv", [S, A, D, D, D, D, D]),
        ["/error"] = ("/error", [A, A, A, A, A, A, A]),
        ["/health"] = ("/health", [A, A, A, A, A, A, A]),
        ["/css/document.css"] = ("/css/document.css", [A, A, A, A, A, A, A]),
        ["/openapi/{documentName}.json"] = ("/openapi/v1.json", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies"] = ("/api/v1/bodies", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}"] = ("/api/v1/bodies/eg-cybercrime", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings"] = ("/api/v1/bodies/eg-cybercrime/meetings", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings/{number}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings/{number}/documents/{kind}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/documents/agenda?format=txt", [A, A, A, A, A, A, A]),
        ["/api/v1/documents"] = ("/api/v1/documents", [A, A, A, A, A, A, A]),
        // Reads of the register (public); the same routes take the writes (POST, PUT, DELETE) with a token.
        ["/api/v1/bodies/{slug}/documents"] = ("/api/v1/bodies/eg-cybercrime/documents", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/documents/{id}"] = ("/api/v1/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/documents/{id}/files/{lang}"] = ("/api/v1/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/files/en", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // A write: POST only, with a personal access token (TokenTests checks it role by role); a GET there finds no route (404 problem).
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/{*path:nonfile}"] = ("/api/v1/nothing-here", [A, A, A, A, A, A, A]), // answers 404 problem details to all
    };

    [Fact]
    public void EveryRoute_IsInTheMatrix()
    {
        var routes = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r != "/Index" && !r.StartsWith("/Error", StringComparison.Ordinal) || r == "/error")
            .Distinct().ToList();
        var missing = routes.Where(r => !Matrix.ContainsKey(r) && r != "/").ToList();
        Assert.True(missing.Count == 0, "Routes with no row in the authorization matrix: " + string.Join(", ", missing));
    }

    public static TheoryData<string, int> Cells()
    {
        var data = new TheoryData<string, int>();
        foreach (var route in Matrix.Keys)
            for (var role = 0; role < Accounts.Length; role++) data.Add(route, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task EachRoleGetsTheExpectedOutcome(string route, int role)
    {
        var (path, expected) = Matrix[route];
        var client = site.Client();
        if (Accounts[role] is { } account) await client.SignInAsync($"{account}@plenary.demo");

        var response = await client.GetAsync(path);
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/account/sign-in") => S,
            HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/account/denied") => D,
            HttpStatusCode.Forbidden => D,
            HttpStatusCode.OK or HttpStatusCode.NotFound when route == "/api/v1/{*path:nonfile}" => A,
            HttpStatusCode.OK => A,
            var other => other.ToString(),
        };
        Assert.True(expected[role] == outcome, $"{path} as {Accounts[role] ?? "anonymous"}: expected {expected[role]}, got {outcome} ({(int)response.StatusCode}).");
    }
}
