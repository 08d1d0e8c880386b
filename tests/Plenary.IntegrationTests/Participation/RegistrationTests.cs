using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Domain.Participation;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Participation;

/// <summary>
/// Registration as a new user meets it: a delegate registers their delegation and its letter, the Secretariat approves it, and
/// imports a registration platform's CSV file of 300 registrations, bad rows reported and not written.
/// </summary>
public abstract class RegistrationTests : FreshSiteTests
{
    private const string Zaf = "/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF";
    private const string Import = "/bodies/eg-cybercrime/meetings/7/delegations/import";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IHtmlDocument page, Dictionary<string, string> fields) =>
        await client.PostAsync(path, page.FormWith(fields));

    /// <summary>A multipart post of a page's form with one file, as a browser sends it.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, IHtmlDocument page, Dictionary<string, string> fields, string fileName, byte[] content, string type)
    {
        using var form = new MultipartFormDataContent();
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new(type);
        form.Add(file, "File", fileName);
        return await client.PostAsync(path, form);
    }

    private static Dictionary<string, string> Person(string version, string title, string first, string family, string role, string mode = "InPerson", string email = "") => new()
    {
        ["Version"] = version, ["Title"] = title, ["FirstName"] = first, ["FamilyName"] = family, ["Function"] = "", ["Email"] = email, ["Role"] = role, ["Mode"] = mode,
    };

    [SkippableFact]
    public async Task ADelegate_RegistersTheirDelegationWithItsLetter_TheSecretariatApprovesIt_AndAChangeReturnsItForApproval()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        var page = await ParseAsync(delegate_, Zaf);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(delegate_, Zaf + "?handler=Add", page, Person(VersionOn(page), "H.E. Ms.", "Thandi", "Dlamini", "Head", email: "t.dlamini@example.org"))).StatusCode);
        page = await ParseAsync(delegate_, Zaf);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(delegate_, Zaf + "?handler=Add", page, Person(VersionOn(page), "Mr.", "Sipho", "Ndlovu", "Expert", "Online"))).StatusCode);
        page = await ParseAsync(delegate_, Zaf);
        var uploaded = await UploadAsync(delegate_, Zaf + "?handler=Letter", page, new() { ["Version"] = VersionOn(page) }, "note-verbale.pdf", Pdf, "application/pdf");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        page = await ParseAsync(delegate_, Zaf);
        Assert.Contains("note-verbale.pdf", page.QuerySelector("#letter-heading")!.ParentElement!.TextContent);
        Assert.Null(page.QuerySelector("form[action*='handler=Approve']")); // approving is the Secretariat's

        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var theirs = await ParseAsync(secretariat, Zaf);
        var approved = await PostAsync(secretariat, Zaf + "?handler=Approve", theirs, new() { ["Version"] = VersionOn(theirs) });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var list = await ParseAsync(secretariat, "/bodies/eg-cybercrime/meetings/7/delegations");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("South Africa")).TextContent;
        Assert.Contains("H.E. Ms. Thandi Dlamini", row);
        Assert.Contains("On file", row);
        Assert.Contains("Approved", row);
        var letter = await secretariat.GetAsync("/api/v1/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF/letter");
        Assert.Equal(Pdf, await letter.Content.ReadAsByteArrayAsync());

        page = await ParseAsync(delegate_, Zaf);
        await PostAsync(delegate_, Zaf + "?handler=Add", page, Person(VersionOn(page), "Ms.", "Lindiwe", "Khumalo", "Adviser"));
        page = await ParseAsync(delegate_, Zaf);
        Assert.Equal("Awaiting approval", page.QuerySelector(".meta .badge")!.TextContent);
        Assert.Equal(["H.E. Ms. Thandi Dlamini", "Mr. Sipho Ndlovu", "Ms. Lindiwe Khumalo"], page.QuerySelectorAll("table.delegation tbody .title").Select(e => e.TextContent));
    }

    [SkippableFact]
    public async Task ApprovingADelegationWithoutItsLetter_IsRefusedWithTheRule_AndALetterThatIsNotAPdf_Too()
    {
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(secretariat, Zaf);
        await PostAsync(secretariat, Zaf + "?handler=Add", page, Person(VersionOn(page), "Ms.", "Thandi", "Dlamini", "Head"));
        page = await ParseAsync(secretariat, Zaf);

        var refused = await PostAsync(secretariat, Zaf + "?handler=Approve", page, new() { ["Version"] = VersionOn(page) });
        var notPdf = await UploadAsync(secretariat, Zaf + "?handler=Letter", page, new() { ["Version"] = VersionOn(page) }, "letter.pdf", "just text"u8.ToArray(), "application/pdf");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("note verbale or official letter is not on file", (await ParseAsync(refused)).QuerySelector("#edit-error")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
        Assert.Contains("its content is not a PDF file", (await ParseAsync(notPdf)).QuerySelector("#edit-error")!.TextContent);
    }

    /// <summary>
    /// 300 registrations as Indico exports them: States by name and by ISO form, organizations by affiliation, and 23 bad rows
    /// (no family name, a State not in the register, a repeated email, an unknown mode, a malformed email).
    /// </summary>
    public static (string Csv, int Good, int Bad) ThreeHundredRegistrations()
    {
        var text = new StringBuilder("First Name,Last Name,Title,Affiliation,Country,Email,Participation mode,Position\n");
        var states = StateRegister.MemberStates;
        var (good, bad) = (0, 0);
        for (var i = 1; i <= 300; i++)
        {
            var state = states[i % 60];
            var mode = i % 3 == 0 ? "Online" : "In person";
            string row;
            switch (i % 13)
            {
                case 5 when bad < 5: row = $"Nemo{i},,Mr,,{state.ShortName},p{i}@example.org,{mode},Adviser"; bad++; break;
                case 6 when bad < 10: row = $"Ann{i},Other,Ms,,Atlantis,p{i}@example.org,{mode},"; bad++; break;
                case 7 when bad < 15: row = $"Dup{i},Copy,Mr,,{state.ShortName},p{i - 1}@example.org,{mode},"; bad++; break;
                case 8 when bad < 20: row = $"Mo{i},Maybe,Dr,,{state.ShortName},p{i}@example.org,Perhaps,"; bad++; break;
                case 9 when bad < 23: row = $"Ma{i},Mail,Ms,,{state.ShortName},not-an-address-{i},{mode},"; bad++; break;
                case 10: row = $"Org{i},Person,Mr,Council of Europe,France,p{i}@example.org,{mode},Programme officer"; good++; break;
                case 11: row = $"Ko{i},Kim,Dr,Ministry of Justice,\"Korea, Republic of\",p{i}@example.org,{mode},"; good++; break;
                default: row = $"Given{i},Family{i},{(i % 2 == 0 ? "Ms" : "Mr")},Ministry of Justice,{(i % 4 == 0 ? state.Code : state.ShortName)},p{i}@example.org,{mode},Senior Adviser"; good++; break;
            }
            text.Append(row).Append('\n');
        }
        return (text.ToString(), good, bad);
    }

    [SkippableFact]
    public async Task TheSecretariat_Imports300Registrations_SeesEveryBadRowFirst_AndOnlyTheGoodRowsAreWritten()
    {
        var (csv, good, bad) = ThreeHundredRegistrations();
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var form = await ParseAsync(secretariat, Import);

        var preview = await UploadAsync(secretariat, Import + "?handler=Preview", form, [], "registrations.csv", Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = await ParseAsync(preview);
        var problems = shown.QuerySelectorAll("table.problems tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(bad, problems.Count);
        Assert.Contains(problems, p => p.Contains("Atlantis") && p.Contains("Country"));
        Assert.Contains(problems, p => p.Contains("Perhaps") && p.Contains("Participation mode"));
        Assert.Contains("Import " + good + " persons", shown.QuerySelector("form[action*='handler=Import'] button")!.TextContent);
        await using (var scope = Site.Services.CreateAsyncScope())
            Assert.Empty(scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Delegations.Where(d => d.MeetingNumber == 7)); // the preview wrote nothing

        var imported = await secretariat.PostAsync(Import + "?handler=Import", shown.FormWith(new()
        {
            ["Csv"] = shown.QuerySelector("textarea[name=Csv]")!.TextContent,
            ["Basis"] = shown.QuerySelector("input[name=Basis]")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var list = await ParseAsync(secretariat, "/bodies/eg-cybercrime/meetings/7/delegations");
        Assert.Contains($"{good} persons were registered", list.QuerySelector("[role=status]")!.TextContent);
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
            var seventh = db.Delegations.Where(d => d.MeetingNumber == 7).SelectMany(d => d.Members);
            Assert.Equal(good, await seventh.CountAsync());
            Assert.False(await seventh.AnyAsync(m => m.FamilyName == "Other" || m.FamilyName == "Maybe"));
            Assert.True(await db.Delegations.AnyAsync(d => !d.IsState && d.Participant == "Council of Europe"));
            Assert.True(await db.Delegations.AnyAsync(d => d.IsState && d.Participant == "KOR"));
        }
    }

    [SkippableFact]
    public async Task AnImportConfirmedFromAPreviewThatChangedMeanwhile_WritesNothing()
    {
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var form = await ParseAsync(secretariat, Import);
        const string csv = "First Name,Last Name,Title,Affiliation,Country,Email,Participation mode\nThandi,Dlamini,Ms,,South Africa,t@example.org,In person\n";
        var shown = await ParseAsync(await UploadAsync(secretariat, Import + "?handler=Preview", form, [], "r.csv", Encoding.UTF8.GetBytes(csv), "text/csv"));
        var api = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1" + Zaf, new { version = 0, members = new[] { new { familyName = "Ndlovu", role = "head" } } })).StatusCode);

        var imported = await secretariat.PostAsync(Import + "?handler=Import", shown.FormWith(new()
        {
            ["Csv"] = shown.QuerySelector("textarea[name=Csv]")!.TextContent,
            ["Basis"] = shown.QuerySelector("input[name=Basis]")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.Conflict, imported.StatusCode);
        Assert.Contains("changed after the preview was made", (await ParseAsync(imported)).QuerySelector("#edit-error")!.TextContent);
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.Equal(["Ndlovu"], await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Delegations.Where(d => d.MeetingNumber == 7).SelectMany(d => d.Members).Select(m => m.FamilyName).ToListAsync());
    }

    [SkippableFact]
    public async Task TheImportApi_PreviewsThenImports_ForTheSecretariatOnly()
    {
        const string csv = "First Name,Last Name,Title,Affiliation,Country,Email,Participation mode\nThandi,Dlamini,Ms,,South Africa,t@example.org,In person\nX,,Mr,,Brazil,x@example.org,Online\n";
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        const string route = "/api/v1/bodies/eg-cybercrime/meetings/7/registrations/import";

        var preview = JsonDocument.Parse(await (await api.PostAsync(route + "?preview=true", new StringContent(csv, Encoding.UTF8, "text/csv"))).Content.ReadAsStringAsync()).RootElement;
        var imported = await api.PostAsync(route + "?basis=" + preview.GetProperty("basis").GetString(), new StringContent(csv, Encoding.UTF8, "text/csv"));
        var byDelegate = await Site.Api(await Site.TokenForAsync("delegate@plenary.demo")).PostAsync(route, new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(1, preview.GetProperty("persons").GetInt32());
        var problem = preview.GetProperty("problems")[0];
        Assert.Equal((3, "Last name"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDelegate.StatusCode);
    }
}

public sealed class SqliteRegistrationTests : RegistrationTests;

public sealed class PostgresRegistrationTests : RegistrationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
