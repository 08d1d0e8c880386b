using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Audit;

/// <summary>The History panel reads as sentences in words, with names and UN dates, and a word diff for long texts; on both stores.</summary>
public abstract partial class HistoryPanelTests : FreshSiteTests
{
    private const string EditPage = "/bodies/eg-cybercrime/meetings/7/agenda";

    [SkippableFact]
    public async Task AnEditedAgendaItem_ReadsAsASentenceWithAWordDiff_WithoutIdsOrEscapes()
    {
        var client = await SignedInAsync();
        var item = JsonDocument.Parse(await client.GetStringAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).RootElement
            .GetProperty("agenda").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == "3");
        var annotation = item.GetProperty("annotation").GetString()!;
        Assert.Contains(" may wish to ", annotation);
        var at = annotation.IndexOf(" may wish to ", StringComparison.Ordinal);
        var edited = annotation[..at] + " may decide to " + annotation[(at + " may wish to ".Length)..] + " It may also note the group's next steps.";
        var page = await ParseAsync(client, EditPage);

        var saved = await client.PostAsync(EditPage + "?handler=Edit", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Item"] = "3", ["Title"] = item.GetProperty("title").GetString()!,
            ["Annotation"] = edited,
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = (await ParseAsync(client, "/bodies/eg-cybercrime/meetings/7")).QuerySelector("#changes")!;
        var change = history.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("p.change")!.TextContent).First(t => t.Contains("item 3"));
        Assert.Equal("Annotation of item 3 changed.", change);
        var row = history.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("p.change")!.TextContent == change);
        var diff = row.QuerySelector("dd.diff")!;
        Assert.Equal(["wish"], diff.QuerySelectorAll("del").Select(d => d.TextContent.Replace("[removed: ", "").TrimEnd(']').Trim()));
        Assert.Contains(diff.QuerySelectorAll("ins"), i => i.TextContent.Contains("decide", StringComparison.Ordinal));
        Assert.Contains("group's next steps", diff.TextContent); // the apostrophe as written, not \u0027
        Assert.Contains("secretariat@plenary.demo", row.TextContent);
        Assert.Matches(@"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}", row.QuerySelector("th")!.TextContent);
        Assert.DoesNotMatch(Guid(), history.TextContent);
        Assert.DoesNotContain("\\u0027", history.InnerHtml);
        Assert.DoesNotContain("Modified", history.TextContent);
        Assert.DoesNotContain("AgendaItem", history.TextContent);
    }

    [SkippableFact]
    public async Task TheAuditLog_SaysWhatChangedInWords_AndNamesTheMeetingInsteadOfItsId_WhileTheCsvKeepsEveryValue()
    {
        var secretariat = await SignedInAsync();
        var annotation = JsonDocument.Parse(await secretariat.GetStringAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).RootElement
            .GetProperty("agenda").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == "4").GetProperty("annotation").GetString();
        var page = await ParseAsync(secretariat, EditPage);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostAsync(EditPage + "?handler=Edit", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Item"] = "4", ["Title"] = "Any other matters", ["Annotation"] = annotation ?? "",
        }))).StatusCode);
        var admin = await SignedInAsync("admin@plenary.demo");

        var log = await ParseAsync(admin, "/admin/audit?entity=AgendaItem");
        var csv = await admin.GetStringAsync("/admin/audit.csv?entity=AgendaItem");

        var row = log.QuerySelectorAll("tbody tr")[0];
        Assert.Equal("Title of item 4 changed, the seventh meeting (Expert Group).", row.QuerySelector("p.change")!.TextContent);
        Assert.Contains("Other matters → Any other matters", row.QuerySelector("dl.change-fields")!.TextContent.Replace("before: ", "").Replace("after: ", ""));
        Assert.DoesNotMatch(Guid(), row.TextContent);
        Assert.Matches(Guid(), csv); // the download keeps the ids and the JSON as recorded
        Assert.Contains("\"\"Title\"\":\"\"Any other matters\"\"", csv);
        Assert.Contains(log.QuerySelectorAll("#entity option"), o => o.GetAttribute("value") == "AgendaItem" && o.TextContent == "Agenda item");
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();
}

public sealed class SqliteHistoryPanelTests : HistoryPanelTests;

public sealed class PostgresHistoryPanelTests : HistoryPanelTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
