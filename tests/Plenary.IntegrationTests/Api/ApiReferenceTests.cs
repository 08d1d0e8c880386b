using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Api;

/// <summary>
/// The header's "API" link opens a page for people, drawn from the OpenAPI document: every operation
/// of the document, under its tag, with its summary, whether it needs a token and the answers it gives.
/// </summary>
public sealed class ApiReferenceTests(SqliteDemoSite site) : IClassFixture<SqliteDemoSite>
{
    [Fact]
    public async Task TheHeadersApiLink_OpensAReadablePage_ThatListsEveryOperationOfTheOpenApiDocument()
    {
        var client = site.Client();
        var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var link = home.QuerySelectorAll("header a, nav a").Single(a => a.TextContent.Trim() == "API");
        Assert.Equal("/reference/api", link.GetAttribute("href"));

        var response = await client.GetAsync("/reference/api");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var shown = page.QuerySelectorAll("article.api-operation h3").Select(h => h.TextContent.Trim()).ToHashSet();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "put" or "post" or "delete" or "patch").Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .ToList();
        Assert.True(operations.Count > 50, $"{operations.Count} operations");
        var missing = operations.Where(o => !shown.Contains(o)).ToList();
        Assert.True(missing.Count == 0, "Not on the page: " + string.Join(", ", missing));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Bodies");

        var read = page.QuerySelectorAll("article.api-operation").Single(a => a.QuerySelector("h3")!.TextContent.Trim() == "GET /api/v1/bodies");
        Assert.Contains("public", read.TextContent);
        var write = page.QuerySelectorAll("article.api-operation").First(a => a.QuerySelector("h3")!.TextContent.Trim().StartsWith("PUT /api/v1/bodies/{slug}", StringComparison.Ordinal));
        Assert.Contains("token", write.QuerySelector("p")!.TextContent);
        Assert.Contains("409", write.TextContent);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/openapi/v1.json");
    }
}
