using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Recommendations;

/// <summary>
/// The compilation of all preliminary conclusions and recommendations of the workplan's period, issued as a conference room
/// paper of the stocktaking convening (the demo's seventh meeting, UNODC/CCPCJ/EG.4/2021/CRP.1), in every format.
/// </summary>
public abstract class CompilationTests : FreshSiteTests
{
    private const string Api = "/api/v1/bodies/eg-cybercrime/meetings/7/documents/compilation";

    /// <summary>The identifiers of the demo's listed texts, read from the demo record.</summary>
    private static List<string> ListedInTheDemo() =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.DemoRecord))!["recommendations"]!["preliminary"]!.AsArray()
            .Where(t => (string?)t!["status"] is null or "listed").Select(t => (string)t!["identifier"]!).ToList();

    [SkippableFact]
    public async Task TheCompilation_HoldsEveryListedTextOfThePeriod_ByMeetingAndTopic_WithItsStates_UnderTheRegisteredCrpSymbol()
    {
        var text = await Anonymous().GetStringAsync(Api + "?format=txt");

        Assert.Contains("UNODC/CCPCJ/EG.4/2021/CRP.1", text);
        Assert.Contains("Original: all languages", text);
        Assert.Contains("Compilation of all preliminary conclusions and recommendations suggested by Member States during the meetings of the "
            + "Expert Group to Conduct a Comprehensive Study on Cybercrime held in 2018, 2019 and 2020", text);
        var listed = ListedInTheDemo();
        Assert.Equal(78, listed.Count);
        Assert.All(listed, id => Assert.Contains(id, text));
        Assert.Contains("reproduces the 78 preliminary conclusions and recommendations listed", text);
        // By meeting, in the order held: the fourth meeting's texts come before the sixth's.
        Assert.True(text.IndexOf("Fourth meeting (Vienna", StringComparison.Ordinal) < text.IndexOf("Sixth meeting (Vienna", StringComparison.Ordinal));
        Assert.True(text.IndexOf("2018/LF/1", StringComparison.Ordinal) < text.IndexOf("2020/", StringComparison.Ordinal));
        // A text that was merged at its meeting is not compiled again.
        var merged = JsonNode.Parse(File.ReadAllText(RepoPaths.DemoRecord))!["recommendations"]!["preliminary"]!.AsArray()
            .Single(t => (string?)t!["status"] == "merged");
        Assert.DoesNotContain((string)merged!["identifier"]! + " |", text);
        Assert.Contains("Australia, Estonia and Netherlands (Kingdom of the)", text);
    }

    [SkippableFact]
    public async Task TheCompilation_RendersAsDocxAndHtml_AndIsOfferedOnTheStocktakingMeetingsPage()
    {
        var docx = await Anonymous().GetAsync(Api + "?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("UNODC_CCPCJ_EG.4_2021_CRP.1.docx", docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        using var zip = new ZipArchive(await docx.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        Assert.Contains("2020/IC/1", await reader.ReadToEndAsync());

        var html = await Anonymous().GetStringAsync(Api + "?format=html");
        Assert.Contains("2019/", html);
        Assert.Contains("Conference room paper prepared by the Secretariat", html);

        var meeting = await Anonymous().GetStringAsync("/bodies/eg-cybercrime/meetings/7");
        Assert.Contains("/bodies/eg-cybercrime/meetings/7/documents/compilation", meeting);
        Assert.DoesNotContain("documents/compilation", await Anonymous().GetStringAsync("/bodies/eg-cybercrime/meetings/6"));
        var page = await Anonymous().GetAsync("/bodies/eg-cybercrime/meetings/7/documents/compilation");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [SkippableFact]
    public async Task AConveningThatIsNotTheStocktakingOne_HasNoCompilation_AndTheRefusalSaysWhy()
    {
        var response = await Anonymous().GetAsync("/api/v1/bodies/eg-cybercrime/meetings/6/documents/compilation");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("the sixth meeting is not one", await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteCompilationTests : CompilationTests;

public sealed class PostgresCompilationTests : CompilationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
