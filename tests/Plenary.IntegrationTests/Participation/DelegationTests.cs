using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Participation;

/// <summary>Delegates and stakeholders register their own delegation to a meeting, and only their own.</summary>
public abstract class DelegationTests : FreshSiteTests
{
    private const string Zaf = "/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF";
    private const string ZafApi = "/api/v1" + Zaf;

    /// <summary>Adds a person from the delegation page's form: "Ms. Thandi Dlamini" is title, first name and family name.</summary>
    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, string page, string name, string? function = null, bool head = false, string? email = null)
    {
        var form = await ParseAsync(client, page);
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fields = new Dictionary<string, string>
        {
            ["Version"] = VersionOn(form), ["Title"] = parts.Length > 0 ? parts[0] : "", ["FirstName"] = parts.Length > 2 ? string.Join(' ', parts[1..^1]) : "",
            ["FamilyName"] = parts.Length > 1 ? parts[^1] : "", ["Function"] = function ?? "", ["Email"] = email ?? "",
            ["Role"] = head ? "Head" : "Representative", ["Mode"] = "InPerson",
        };
        return await client.PostAsync(page + "?handler=Add", form.FormWith(fields));
    }

    private static object Person(string title, string first, string family, bool head = false) =>
        new { title, firstName = first, familyName = family, role = head ? "head" : "representative", mode = "inPerson" };

    [SkippableFact]
    public async Task TheDelegate_RegistersTheirDelegation_FromTheMeetingPage_AndTheSecretariatSeesIt()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        var meeting = await ParseAsync(delegate_, "/bodies/eg-cybercrime/meetings/7");
        Assert.Equal(Zaf, meeting.QuerySelector("a[href$='/delegations/states/ZAF']")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(delegate_, Zaf, "Ms. Thandi Dlamini", "Senior State Law Adviser", head: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(delegate_, Zaf, "Mr. Sipho Ndlovu")).StatusCode);

        var page = await ParseAsync(delegate_, Zaf);
        Assert.Contains("Mr. Sipho Ndlovu was added.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(["Ms. Thandi Dlamini", "Mr. Sipho Ndlovu"], page.QuerySelectorAll("table.delegation tbody .title").Select(e => e.TextContent));
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var list = await ParseAsync(secretariat, "/bodies/eg-cybercrime/meetings/7/delegations");
        var row = list.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("South Africa", row); // by name, never as a bare code
        Assert.DoesNotContain("ZAF", row);
        Assert.Contains("Ms. Thandi Dlamini", row);
        Assert.Equal("Delegation of South Africa", page.QuerySelector("h1")!.TextContent);
        var history = (await ParseAsync(secretariat, Zaf)).QuerySelectorAll("#changes tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(history, r => r.Contains("Ms. Thandi Dlamini added"));
        Assert.Contains(history, r => r.Contains("Mr. Sipho Ndlovu added"));
        Assert.Contains(history, r => r.Contains("The delegation of South Africa added") && r.Contains("delegate@plenary.demo"));
        Assert.Null(page.QuerySelector("#changes")); // the History panel is the Secretariat's

        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DelegationMember").ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal("delegate@plenary.demo", e.Actor));
        Assert.Contains(audit, e => e.After!.Contains("\"FamilyName\":\"Dlamini\""));
    }

    [SkippableTheory]
    [InlineData("delegate@plenary.demo", "/bodies/eg-cybercrime/meetings/7/delegations/states/USA")]
    [InlineData("delegate@plenary.demo", "/bodies/eg-cybercrime/meetings/7/delegations/organizations/Council%20of%20Europe")]
    [InlineData("stakeholder@plenary.demo", Zaf)]
    [InlineData("chair@plenary.demo", Zaf)]
    public async Task NobodyActsForSomeoneElsesDelegation(string email, string path)
    {
        var client = await SignedInAsync(email);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString());
        var form = await ParseAsync(client, "/account"); // any form of theirs carries a valid antiforgery token
        var post = await client.PostAsync(path + "?handler=Add", form.FormWith(new() { ["Version"] = "0", ["FamilyName"] = "Intruder" }));
        Assert.Contains("/account/denied", post.Headers.Location?.ToString() ?? "");
        using var scope = Site.Services.CreateScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Delegations.Where(d => d.MeetingNumber == 7));
    }

    [SkippableFact]
    public async Task TheSecretariat_OpensADelegationOnAParticipantsBehalf_PickingTheStateFromTheRegister()
    {
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        const string list = "/bodies/eg-cybercrime/meetings/7/delegations";

        var byCode = await secretariat.GetAsync(list + "?handler=Open&kind=states&participant=usa");
        var byName = await secretariat.GetAsync(list + "?handler=Open&kind=states&participant=" + Uri.EscapeDataString("Côte d'Ivoire"));
        var refused = await secretariat.GetAsync(list + "?handler=Open&kind=states&participant=XYZ");
        var organization = await secretariat.GetAsync(list + "?handler=Open&kind=organizations&participant=INTERPOL");

        Assert.Equal("/bodies/eg-cybercrime/meetings/7/delegations/states/USA", byCode.Headers.Location!.ToString());
        Assert.Equal("/bodies/eg-cybercrime/meetings/7/delegations/states/CIV", byName.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.Contains("'XYZ' is not a State in the register; pick a Member State or observer State by name or by its three-letter code",
            page.QuerySelector("#open-participant-error")!.TextContent);
        Assert.Equal("XYZ", page.QuerySelector("#open-participant")!.GetAttribute("value")); // kept as typed, next to its field
        Assert.Equal("/bodies/eg-cybercrime/meetings/7/delegations/organizations/International%20Criminal%20Police%20Organization", organization.Headers.Location!.ToString());
        Assert.Empty((await ParseAsync(secretariat, list)).QuerySelectorAll("tbody tr")); // opening registers nothing
    }

    [SkippableFact]
    public async Task ADelegation_OfAStateOrAnOrganizationOutsideTheRegisters_CannotBeOpened_ByAddressOrApi()
    {
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        const string meeting = "/bodies/eg-cybercrime/meetings/7/delegations";
        var members = new { version = 0, members = new[] { Person("Ms.", "Ada", "Lovelace", head: true) } };

        var pageOfXyz = await secretariat.GetAsync(meeting + "/states/XYZ");
        var pageOfNobody = await secretariat.GetAsync(meeting + "/organizations/Ministry%20of%20Nowhere");
        var apiXyz = await api.PutAsJsonAsync("/api/v1" + meeting + "/states/XYZ", members);
        var apiNobody = await api.PutAsJsonAsync("/api/v1" + meeting + "/organizations/Ministry%20of%20Nowhere", members);
        var checkIn = await api.PutAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/plenary-meetings/1/attendance/states/XYZ", new { version = 0, present = true });

        Assert.Equal(HttpStatusCode.NotFound, pageOfXyz.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageOfNobody.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, apiXyz.StatusCode);
        Assert.Contains("'XYZ' is not a State in the register", (await apiXyz.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, apiNobody.StatusCode);
        Assert.Contains("'Ministry of Nowhere' is not an organization in the register", (await apiNobody.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, checkIn.StatusCode);
        using var scope = Site.Services.CreateScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Delegations.Where(d => d.MeetingNumber == 7));
    }

    [SkippableFact]
    public async Task TheStakeholder_RegistersTheirOrganization()
    {
        var stakeholder = await SignedInAsync("stakeholder@plenary.demo");
        const string page = "/bodies/eg-cybercrime/meetings/7/delegations/organizations/Council%20of%20Europe";

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(stakeholder, page, "Mr. Alexander Seger", "Head of the Cybercrime Division", head: true)).StatusCode);

        var shown = await ParseAsync(stakeholder, page);
        Assert.Contains("Head of delegation", shown.QuerySelector("table.delegation tbody tr")!.TextContent);
    }

    [SkippableFact]
    public async Task APersonWithoutAName_IsRefusedNextToTheField_AndNothingIsWritten()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");

        var response = await AddAsync(delegate_, Zaf, " ", "Adviser");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("The family name is required.", page.QuerySelector("#new-family-error")!.TextContent);
        Assert.Equal("Adviser", page.QuerySelector("#new-function")!.GetAttribute("value"));
        Assert.Empty((await ParseAsync(delegate_, Zaf)).QuerySelectorAll("table.delegation tbody tr"));
    }

    [SkippableFact]
    public async Task RemovingAPerson_AsksFirst_ThenRemoves()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        await AddAsync(delegate_, Zaf, "Ms. Thandi Dlamini", head: true);

        var confirm = await ParseAsync(delegate_, Zaf + "?remove=1");
        var panel = confirm.QuerySelector("#confirm-removal")!;
        Assert.Contains("Remove Ms. Thandi Dlamini from the delegation of South Africa?", panel.TextContent);
        Assert.Single((await ParseAsync(delegate_, Zaf)).QuerySelectorAll("table.delegation tbody tr")); // asking removed nothing

        var removed = await delegate_.PostAsync(Zaf + "?handler=Remove", confirm.FormWith(new() { ["Version"] = VersionOn(confirm), ["Position"] = "1" }));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await ParseAsync(delegate_, Zaf)).QuerySelectorAll("table.delegation tbody tr"));
    }

    [SkippableFact]
    public async Task TwoPeopleFromTheSamePage_TheSecondGetsAConflictNamingTheFirst()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        await AddAsync(delegate_, Zaf, "Ms. Thandi Dlamini", head: true);
        var first = await ParseAsync(delegate_, Zaf);
        var second = await ParseAsync(secretariat, Zaf);

        await delegate_.PostAsync(Zaf + "?handler=Add", first.FormWith(new() { ["Version"] = VersionOn(first), ["Title"] = "Mr.", ["FirstName"] = "Sipho", ["FamilyName"] = "Ndlovu" }));
        var stale = await secretariat.PostAsync(Zaf + "?handler=Add", second.FormWith(new() { ["Version"] = VersionOn(second), ["FamilyName"] = "Other" }));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("delegate@plenary.demo", new HtmlParser().ParseDocument(await stale.Content.ReadAsStringAsync()).QuerySelector("#edit-error")!.TextContent);
        Assert.Equal(2, (await ParseAsync(delegate_, Zaf)).QuerySelectorAll("table.delegation tbody tr").Length);
    }

    [SkippableFact]
    public async Task AMeetingAlreadyHeld_IsClosedForRegistration()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        const string held = "/bodies/eg-cybercrime/meetings/6/delegations/states/ZAF";

        var page = await ParseAsync(delegate_, held);
        var form = await ParseAsync(delegate_, "/account"); // the closed page has no form; any form of theirs carries a valid antiforgery token
        // The demo record holds South Africa's delegation to the sixth meeting, at version 1.
        var response = await delegate_.PostAsync(held + "?handler=Add", form.FormWith(new() { ["Version"] = "1", ["FamilyName"] = "Late" }));

        Assert.Contains("Registration has closed: the list below is as it stood. Ask the Secretariat to correct it.", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Registration is closed: the convening has been held.", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task ThroughTheApi_TheDelegatesTokenReplacesItsOwnList_ButNotAnothersAndTheListIsNotPublic()
    {
        var api = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));

        var saved = await api.PutAsJsonAsync(ZafApi, new { version = 0, category = "memberState", members = new[] { Person("Ms.", "Thandi", "Dlamini", head: true), Person("Mr.", "Sipho", "Ndlovu") } });
        var other = await api.PutAsJsonAsync(ZafApi.Replace("ZAF", "USA"), new { version = 0, members = Array.Empty<object>() });
        var stale = await api.PutAsJsonAsync(ZafApi, new { version = 0, members = Array.Empty<object>() });
        var unnamed = await api.PutAsJsonAsync(ZafApi, new { version = 1, members = new[] { new { familyName = "" } } });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("members[0].familyName", JsonDocument.Parse(await unnamed.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
        var read = JsonDocument.Parse(await api.GetStringAsync(ZafApi)).RootElement;
        Assert.Equal(1, read.GetProperty("version").GetInt32());
        Assert.Equal(["Ms. Thandi Dlamini", "Mr. Sipho Ndlovu"], read.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Site.Api().GetAsync(ZafApi)).StatusCode);
    }
    /// <summary>An account acting for an organization, made straight in the store with a password of its own.</summary>
    /// <summary>A stakeholder of an organization, which is added to the register of organizations first (a delegation is only for an organization of the register).</summary>
    private async Task<string> StakeholderOfAsync(string organization)
    {
        const string password = "stakeholder test passphrase";
        var email = $"org-{Guid.NewGuid():N}@example.org";
        using var scope = Site.Services.CreateScope();
        var (registered, _) = await scope.ServiceProvider.GetRequiredService<Plenary.Application.Participation.Organizations>()
            .AddAsync(new(organization, null, Plenary.Domain.Participation.ParticipantCategory.NonGovernmentalOrganization));
        Assert.True(registered.Succeeded, registered.Error);
        var added = await scope.ServiceProvider.GetRequiredService<Plenary.Application.Accounts.AddUser>().HandleAsync(
            new(email, null, Plenary.Domain.Accounts.AccessRole.Stakeholder, "eg-cybercrime", null, organization, password));
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        return email;
    }

    [SkippableFact]
    public async Task AStakeholderOfAnOrganizationNamedZAF_NeitherReadsNorReplacesSouthAfricasDelegation()
    {
        const string organizationApi = "/api/v1/bodies/eg-cybercrime/meetings/7/delegations/organizations/ZAF";
        const string organizationPage = "/bodies/eg-cybercrime/meetings/7/delegations/organizations/ZAF";
        var southAfrica = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        Assert.Equal(HttpStatusCode.OK, (await southAfrica.PutAsJsonAsync(ZafApi, new { version = 0, members = new[] { Person("Ms.", "Thandi", "Dlamini", head: true) } })).StatusCode);
        var stakeholder = await StakeholderOfAsync("ZAF");
        var organization = Site.Api(await Site.TokenForAsync(stakeholder));

        var read = JsonDocument.Parse(await organization.GetStringAsync(organizationApi)).RootElement;
        var browser = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(stakeholder, "stakeholder test passphrase")).StatusCode);
        var page = await browser.GetStringAsync(organizationPage);
        var replaced = await organization.PutAsJsonAsync(organizationApi, new { version = 1, members = new[] { Person("Mr.", "", "Intruder", head: true) } });

        Assert.Equal(0, read.GetProperty("version").GetInt32());
        Assert.Empty(read.GetProperty("members").EnumerateArray());
        Assert.DoesNotContain("Thandi", page);
        Assert.Equal(HttpStatusCode.Conflict, replaced.StatusCode);
        var ownList = await organization.PutAsJsonAsync(organizationApi, new { version = 0, category = "intergovernmentalOrganization", members = new[] { Person("Mr.", "Own", "Person", head: true) } });
        Assert.Equal(HttpStatusCode.OK, ownList.StatusCode);
        var southAfricas = JsonDocument.Parse(await southAfrica.GetStringAsync(ZafApi)).RootElement;
        Assert.Equal(1, southAfricas.GetProperty("version").GetInt32());
        Assert.Equal(["Ms. Thandi Dlamini"], southAfricas.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
    }

    [SkippableFact]
    public async Task AnOrganizationNamedZAF_RegisteringFirst_DoesNotBlockSouthAfrica()
    {
        var organization = Site.Api(await Site.TokenForAsync(await StakeholderOfAsync("ZAF")));
        var southAfrica = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));

        var first = await organization.PutAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/delegations/organizations/ZAF",
            new { version = 0, category = "nonGovernmentalOrganization", members = new[] { Person("Mr.", "Own", "Person", head: true) } });
        var second = await southAfrica.PutAsJsonAsync(ZafApi, new { version = 0, members = new[] { Person("Ms.", "Thandi", "Dlamini", head: true) } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var read = JsonDocument.Parse(await southAfrica.GetStringAsync(ZafApi)).RootElement;
        Assert.Equal("memberState", read.GetProperty("category").GetString());
        Assert.Equal(["Ms. Thandi Dlamini"], read.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
    }
}

public sealed class SqliteDelegationTests : DelegationTests;

public sealed class PostgresDelegationTests : DelegationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
