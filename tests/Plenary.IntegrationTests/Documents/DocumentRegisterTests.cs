using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>
/// The Secretariat edits the document register through the pages and the API: register, edit,
/// upload per language, download, remove; others are refused; the audit trail keeps hashes, never bytes.
/// Each test gets its own store, on SQLite and on PostgreSQL.
/// </summary>
public abstract class DocumentRegisterTests : FreshSiteTests
{
    private const string Register = "/bodies/eg-cybercrime/documents";
    private const string Inf1 = Register + "/UNODC_CCPCJ_EG.4_2020_INF_1";

    private static byte[] Pdf(string text) => Encoding.ASCII.GetBytes("%PDF-1.7\n" + text + "\n%%EOF\n");

    private static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in new[] { "[Content_Types].xml", "word/document.xml" })
                using (var writer = new StreamWriter(zip.CreateEntry(entry).Open())) writer.Write("<x/>");
        return buffer.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string filesPage, string language, string name, byte[] bytes)
    {
        var page = await ParseAsync(client, filesPage);
        var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(page.QuerySelector("form[enctype] input[name=Version]")!.GetAttribute("value")!), "Version" },
            { new StringContent(language), "Language" },
            { new ByteArrayContent(bytes), "File", name },
        };
        return await client.PostAsync(filesPage + "?handler=Upload", form);
    }

    private static PlenaryDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();

    [SkippableFact]
    public async Task TheSecretariat_RegistersADocument_AfterABadSymbolIsRefusedNextToItsField()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, Register + "/new");
        var fields = new Dictionary<string, string>
        {
            ["Symbol"] = "UNODC//2021/5", ["Title"] = "Chair's proposal", ["Type"] = "WorkingPaper", ["MeetingNumber"] = "7",
            ["IssuedOn"] = "2021-03-30", ["Distribution"] = "Limited", ["OriginalLanguage"] = "en", ["LanguageVersions"] = "en",
        };

        var bad = await client.PostAsync(Register + "/new", page.FormWith(new(fields)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("empty component", (await ParseAsync(bad)).QuerySelector("[data-valmsg-for=Symbol]")!.TextContent);

        fields["Symbol"] = "unodc/ccpcj/eg.4/2021/crp.5";
        var ok = await client.PostAsync(Register + "/new", page.FormWith(new(fields)));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(Register + "/UNODC_CCPCJ_EG.4_2021_CRP.5", ok.Headers.Location!.ToString());

        var documentPage = await ParseAsync(client, ok.Headers.Location.ToString());
        Assert.Contains("Chair's proposal", documentPage.QuerySelector("h1")!.TextContent);
        Assert.Contains("was registered", documentPage.QuerySelector("[role=status]")!.TextContent);
        var list = await ParseAsync(Anonymous(), Register + "?meeting=7&type=WorkingPaper");
        Assert.Equal(["UNODC/CCPCJ/EG.4/2021/CRP.5"], list.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()));
        Assert.Contains("No document in the register matches", (await ParseAsync(Anonymous(), Register + "?meeting=1&type=WorkingPaper")).QuerySelector(".empty")!.TextContent);

        using var scope = Site.Services.CreateScope();
        var added = await Db(scope).AuditEntries.Where(e => e.EntityType == "Document" && e.Action == "Added").ToListAsync();
        Assert.Equal("secretariat@plenary.demo", Assert.Single(added).Actor);
    }

    [SkippableFact]
    public async Task UploadingAndReplacingAFile_DownloadsTheSameBytes_AndTheTrailKeepsOnlyHashes()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var pdf = Pdf("French version");

        var uploaded = await UploadAsync(client, Inf1 + "/files", "fr", "inf1-fr.pdf", pdf);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var download = await Anonymous().GetAsync(Inf1 + "/files/fr");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("inf1-fr.pdf", download.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        var publicPage = await ParseAsync(Anonymous(), Inf1);
        Assert.NotNull(publicPage.QuerySelector("a[href$='/files/fr']"));
        Assert.Null(publicPage.QuerySelector("#changes")); // the History panel is for editors only

        var docx = Docx();
        var replaced = await UploadAsync(client, Inf1 + "/files", "fr", "inf1-fr.docx", docx);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var again = await Anonymous().GetAsync(Inf1 + "/files/fr");
        Assert.Equal(docx, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", again.Content.Headers.ContentType!.MediaType);

        using var scope = Site.Services.CreateScope();
        var rows = await Db(scope).AuditEntries.Where(e => e.EntityType == "DocumentFile").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["Added", "Modified"], rows.Select(r => r.Action));
        var before = JsonDocument.Parse(rows[1].Before!).RootElement;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), before.GetProperty("Sha256").GetString());
        Assert.All(rows, r => Assert.DoesNotContain("\"Content\"", (r.Before ?? "") + r.After));

        var history = await ParseAsync(client, Inf1);
        Assert.True(history.QuerySelectorAll("#changes tbody tr").Length >= 4); // two Document edits, two DocumentFile rows
        Assert.Contains("The French file added", history.QuerySelector("#changes")!.TextContent);
    }

    [SkippableFact]
    public async Task AFileThatIsNotAPdf_IsRefusedNextToTheFileField_AndNothingIsWritten()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var response = await UploadAsync(client, Inf1 + "/files", "en", "picture.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("its content is not a PDF file", (await ParseAsync(response)).QuerySelector("[data-valmsg-for=File]")!.TextContent);
        using var scope = Site.Services.CreateScope();
        Assert.False(await Db(scope).DocumentFiles.AnyAsync());
    }

    [SkippableFact]
    public async Task Removing_AsksFirst_ThenRemoves_ButNotADocumentAnAgendaLists()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var edit = await ParseAsync(client, Inf1 + "/edit");
        var id = edit.QuerySelector("a.danger")!.GetAttribute("href")!.Split('=', '#')[1];

        var confirm = await ParseAsync(client, Inf1 + "/edit?remove=" + id);
        var panel = confirm.QuerySelector(".confirm-removal")!;
        Assert.Contains("Remove UNODC/CCPCJ/EG.4/2020/INF/1 from the register?", panel.TextContent);
        var form = panel.QuerySelector("form")!;
        var removed = await client.PostAsync(Inf1 + "/edit?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = form.QuerySelector("input[name=id]")!.GetAttribute("value")!,
            ["version"] = form.QuerySelector("input[name=version]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(Inf1)).StatusCode);

        const string Crp1 = Register + "/UNODC_CCPCJ_EG.4_2021_CRP.1/edit";
        var crp = await ParseAsync(client, Crp1);
        var crpId = crp.QuerySelector("a.danger")!.GetAttribute("href")!.Split('=', '#')[1];
        var crpForm = (await ParseAsync(client, Crp1 + "?remove=" + crpId)).QuerySelector(".confirm-removal form")!;
        var refused = await client.PostAsync(Crp1 + "?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = crpId, ["version"] = crpForm.QuerySelector("input[name=version]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = crpForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("agenda item 2 of the seventh meeting lists it as documentation", (await ParseAsync(refused)).QuerySelector(".form-error")!.TextContent);
        using var scope = Site.Services.CreateScope();
        Assert.Equal("Deleted", (await Db(scope).AuditEntries.SingleAsync(e => e.EntityType == "Document" && e.Action == "Deleted")).Action);
    }

    [SkippableFact]
    public async Task AStaleEdit_IsRefusedWithWhoChangedIt_AndTheSymbolStaysWhileAFileIsAttached()
    {
        var first = await SignedInAsync("secretariat@plenary.demo");
        var second = await SignedInAsync("admin@plenary.demo");
        var firstPage = await ParseAsync(first, Inf1 + "/edit");
        var secondPage = await ParseAsync(second, Inf1 + "/edit");
        Dictionary<string, string> Fields(IHtmlDocument page, string title, string symbol = "UNODC/CCPCJ/EG.4/2020/INF/1") => new()
        {
            ["Version"] = VersionOn(page), ["Symbol"] = symbol, ["Title"] = title, ["Type"] = "InformationDocument", ["MeetingNumber"] = "6",
            ["Distribution"] = "General", ["OriginalLanguage"] = "en", ["LanguageVersions"] = "en",
        };

        var ok = await first.PostAsync(Inf1 + "/edit", firstPage.FormWith(Fields(firstPage, "Information for participants")));
        var stale = await second.PostAsync(Inf1 + "/edit", secondPage.FormWith(Fields(secondPage, "Something else")));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("secretariat@plenary.demo", (await ParseAsync(stale)).QuerySelector("[role=alert].form-error")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(first, Inf1 + "/files", "en", "inf1.pdf", Pdf("English"))).StatusCode);
        var page = await ParseAsync(first, Inf1 + "/edit");
        var renamed = await first.PostAsync(Inf1 + "/edit", page.FormWith(Fields(page, "Information for participants", "UNODC/CCPCJ/EG.4/2020/INF/2")));
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Contains("cannot be changed", (await ParseAsync(renamed)).QuerySelector("[data-valmsg-for=Symbol]")!.TextContent);
    }

    [SkippableFact]
    public async Task ADelegate_CannotOpenTheEditors_AndSeesNoEditLinks()
    {
        var client = await SignedInAsync("delegate@plenary.demo");
        foreach (var path in new[] { Register + "/new", Inf1 + "/edit", Inf1 + "/files" })
            Assert.Contains("/account/denied", (await client.GetAsync(path)).Headers.Location!.ToString());
        var post = await client.PostAsync(Register + "/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["Symbol"] = "A/1", ["Title"] = "x" }));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Null((await ParseAsync(client, Register)).QuerySelector($"a[href='{Register}/new']"));
        using var scope = Site.Services.CreateScope();
        Assert.Equal(10, await Db(scope).Documents.CountAsync());
    }

    // ---- the API ----

    private HttpClient Api(string token, WebApplicationFactory<Program>? site = null)
    {
        var client = (site ?? Site).CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static ByteArrayContent Raw(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    [SkippableFact]
    public async Task TheApi_RegistersEditsUploadsAndRemoves_WithVersions()
    {
        var api = Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        const string Docs = "/api/v1/bodies/eg-cybercrime/documents";

        var created = await api.PostAsJsonAsync(Docs, new { symbol = "UNODC/CCPCJ/EG.4/2021/CRP.9", title = "Comments received", type = "conferenceRoomPaper", meeting = 7, languageVersions = new[] { "en", "fr" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var entry = JsonDocument.Parse(await Anonymous().GetStringAsync(location)).RootElement;
        var id = entry.GetProperty("id").GetString()!;
        Assert.Equal(1, entry.GetProperty("version").GetInt32());

        var edited = await api.PutAsJsonAsync($"{Docs}/{id}", new { version = 1, symbol = "UNODC/CCPCJ/EG.4/2021/CRP.9", title = "Comments received, compiled", type = "conferenceRoomPaper", meeting = 7 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var stale = await api.PutAsJsonAsync($"{Docs}/{id}", new { version = 1, symbol = "UNODC/CCPCJ/EG.4/2021/CRP.9", title = "Late", type = "note" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed by someone else", await stale.Content.ReadAsStringAsync());

        var pdf = Pdf("Arabic version");
        var uploaded = await api.PutAsync($"{Docs}/{id}/files/ar?version=2&fileName=crp9-ar.pdf", Raw(pdf, "application/pdf"));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(pdf, await Anonymous().GetByteArrayAsync($"{Docs}/{id}/files/ar"));

        var register = JsonDocument.Parse(await Anonymous().GetStringAsync("/api/v1/documents?body=eg-cybercrime&meeting=7")).RootElement;
        var listed = register.EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);
        Assert.Equal(3, listed.GetProperty("version").GetInt32());
        var file = Assert.Single(listed.GetProperty("files").EnumerateArray());
        Assert.Equal(("ar", "crp9-ar.pdf"), (file.GetProperty("language").GetString(), file.GetProperty("fileName").GetString()));
        Assert.Contains("ar", listed.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{Docs}/{id}/files/ar?version=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"{Docs}/{id}/files/ar")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"{Docs}/{id}?version=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{Docs}/{id}?version=4")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(location)).StatusCode);

        using var scope = Site.Services.CreateScope();
        var trail = await Db(scope).AuditEntries.Where(e => e.EntityType == "DocumentFile").ToListAsync();
        Assert.Equal(["Added", "Deleted"], trail.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("Api", e.Channel.ToString()));
        Assert.All(trail, e => Assert.DoesNotContain("\"Content\"", (e.Before ?? "") + e.After));
    }

    [SkippableFact]
    public async Task TheApi_RefusesBadFilesNamingTheRule_AndOtherRoles()
    {
        var token = await Site.TokenForAsync("secretariat@plenary.demo");
        var api = Api(token);
        var id = JsonDocument.Parse(await Anonymous().GetStringAsync("/api/v1/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2020_INF_1")).RootElement.GetProperty("id").GetString();
        var files = $"/api/v1/bodies/eg-cybercrime/documents/{id}/files";

        var notPdf = await api.PutAsync($"{files}/en?version=1", Raw([0x89, 0x50, 0x4E, 0x47], "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
        var problem = JsonDocument.Parse(await notPdf.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("its content is not a PDF file", problem.GetProperty("detail").GetString());
        Assert.Equal("file", problem.GetProperty("field").GetString());

        var german = await api.PutAsync($"{files}/de?version=1", Raw(Pdf("Deutsch"), "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, german.StatusCode);
        Assert.Contains("not an official language", await german.Content.ReadAsStringAsync());

        var text = await api.PutAsync($"{files}/en?version=1", Raw(Pdf("x"), "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("only PDF and DOCX files are accepted", await text.Content.ReadAsStringAsync());

        var small = Site.WithWebHostBuilder(b => b.UseSetting("Plenary:Documents:MaxFileBytes", "1000"));
        var tooLarge = await Api(token, small).PutAsync($"{files}/en?version=1", Raw(Pdf(new string('x', 2000)), "application/pdf"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        var delegateApi = Api(await Site.TokenForAsync("delegate@plenary.demo"));
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PutAsync($"{files}/en?version=1", Raw(Pdf("x"), "application/pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/documents", new { symbol = "A/1", title = "x", type = "note" })).StatusCode);

        using var scope = Site.Services.CreateScope();
        Assert.False(await Db(scope).DocumentFiles.AnyAsync());
    }
}

public sealed class SqliteDocumentRegisterTests : DocumentRegisterTests;

public sealed class PostgresDocumentRegisterTests : DocumentRegisterTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
