using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Plenary.Application.Documents.Rendering;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>The generated documents through the API and the pages, over the demo record.</summary>
public sealed class DocumentApiTests(SqliteDemoSite site) : IClassFixture<SqliteDemoSite>
{
    private const string Agenda = "/api/v1/bodies/eg-cybercrime/meetings/7/documents/agenda";
    private const string Report = "/api/v1/bodies/eg-cybercrime/meetings/6/documents/report";

    [Fact]
    public async Task Agenda_AsText_HoldsTheAgendaAndTheAnnex()
    {
        var response = await site.Client().GetAsync(Agenda + "?format=txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Annotated provisional agenda", text);
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/1", text);
        Assert.Contains("Proposed organization of work", text);
        Assert.Contains("Thursday, 8 April 2021", text);
    }

    [Theory]
    [InlineData(Agenda)]
    [InlineData(Report)]
    public async Task Docx_IsAValidWordDocumentNamedAfterItsSymbol(string path)
    {
        var response = await site.Client().GetAsync(path + "?format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var docx = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(docx).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public async Task Html_IsTheDefaultFormatAndAPrintablePage()
    {
        var response = await site.Client().GetAsync(Report);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Report on the meeting", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("mark.doc-placeholder"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Theory]
    [InlineData(Agenda + "?format=odt", 400, "'odt' is not an output format")]
    [InlineData("/api/v1/bodies/eg-cybercrime/meetings/7/documents/minutes", 400, "'minutes' is not a document")]
    [InlineData("/api/v1/bodies/eg-cybercrime/meetings/99/documents/agenda", 404, "no convening 99")]
    [InlineData("/api/v1/bodies/eg-cybercrime/meetings/x/documents/agenda", 400, "'x' is not the number of a convening")]
    public async Task BadRequests_AreProblemDetails(string path, int status, string detail)
    {
        var response = await site.Client().GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(detail, json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Reading_ADocument_DoesNotIssueIt()
    {
        await site.Client().GetAsync(Agenda + "?format=txt");
        var register = await site.Client().GetStringAsync("/api/v1/documents?body=eg-cybercrime&meeting=7");
        Assert.DoesNotContain("UNODC/CCPCJ/EG.4/2021/1\"", register);
    }

    [Fact]
    public async Task MeetingPage_ListsTheReportsMissingFactsWithWhereEachIsRecorded()
    {
        var page = new HtmlParser().ParseDocument(await site.Client().GetStringAsync("/bodies/eg-cybercrime/meetings/6"));
        var facts = page.QuerySelectorAll("#missing-facts li").ToList();
        Assert.NotEmpty(facts);
        Assert.Contains(facts, li => li.TextContent.Contains("agenda item 3") && li.QuerySelector("a")!.GetAttribute("href") == "/bodies/eg-cybercrime/meetings/6#organization-of-work");
        Assert.Contains(facts, li => li.TextContent.Contains("agenda item 4"));
        Assert.DoesNotContain(facts, li => li.TextContent.Contains("Member States represented")); // the demo records the sixth meeting's attendance
        var links = page.QuerySelectorAll("#official-documents a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/api/v1/bodies/eg-cybercrime/meetings/6/documents/report?format=docx", links);
        Assert.Contains("/bodies/eg-cybercrime/meetings/6/documents/agenda", links);
    }

    [Fact]
    public async Task DocumentPage_ShowsTheDocumentWithItsDownloads()
    {
        var response = await site.Client().GetAsync("/bodies/eg-cybercrime/meetings/7/documents/agenda");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Annotated provisional agenda", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("article.doc"));
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/1", page.QuerySelector(".page-head")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll(".downloads a").Length);
    }

    [Fact]
    public async Task Pdf_IsRenderedWhenLibreOfficeIsThere_OtherwiseAProblemNamingThePackage()
    {
        var response = await site.Client().GetAsync(Agenda + "?format=pdf");
        if (new PdfRenderer().IsAvailable)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]));
        }
        else
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("libreoffice-writer", await response.Content.ReadAsStringAsync());
        }
    }
}
