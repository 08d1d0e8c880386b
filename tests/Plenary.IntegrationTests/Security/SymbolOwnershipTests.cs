using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.Domain.Accounts;
using Plenary.Domain.Documents;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Security;

/// <summary>
/// A symbol belongs to one body's register: another body's Secretariat cannot take the Expert Group's
/// next symbol first, and issuing under a symbol another register holds is refused naming it, never a
/// raw store error.
/// </summary>
public abstract class SymbolOwnershipTests : FreshSiteTests
{
    private static object Entry(string symbol) => new
    {
        symbol, title = "Information for participants", type = "informationDocument", distribution = "general",
        originalLanguage = "en", languageVersions = new[] { "en" },
    };

    [SkippableFact]
    public async Task AnotherBodysSecretariat_CannotRegisterASymbolOfTheExpertGroupsSeries()
    {
        await SecondBody.AddAsync(Site);
        var conference = Site.Api(await Site.TokenForAsync(SecondBody.SecretariatEmail));

        var refused = await conference.PostAsJsonAsync("/api/v1/bodies/cosp/documents", Entry("UNODC/CCPCJ/EG.4/2021/1"));
        var own = await conference.PostAsJsonAsync("/api/v1/bodies/cosp/documents", Entry("CAC/COSP/2023/INF/1"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/1", problem);
        Assert.Contains("of the Expert Group", problem);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        using var scope = Site.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Documents.AnyAsync(d => d.Symbol == "UNODC/CCPCJ/EG.4/2021/1"));
    }

    [SkippableFact]
    public async Task TheExpertGroup_StillRegistersItsOwnSymbols_AndItsParentsDocuments()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));

        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/documents", Entry("UNODC/CCPCJ/EG.4/2021/INF/9"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/documents", Entry("E/CN.15/2021/CRP.9"))).StatusCode);
    }

    [SkippableFact]
    public async Task IssuingUnderASymbolAnotherRegisterHolds_IsRefusedNamingIt_NotAStoreError()
    {
        const string symbol = "CAC/COSP/2023/15";
        using (var scope = Site.Services.CreateScope())
        {
            // Held by the Expert Group from before the rule: an older store, or an import.
            var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
            var expertGroup = await db.Bodies.SingleAsync(b => b.Slug == "eg-cybercrime");
            db.Documents.Add(Document.Register(expertGroup.Id, null, symbol, "Report held elsewhere", DocumentType.Report, null, Distribution.General, "en", ["en"]));
            await db.SaveChangesAsync();
            var record = SecondBody.Record.Replace("\"status\": \"planned\"", $"\"status\": \"planned\", \"reportSymbol\": \"{symbol}\"");
            var imported = await new ImportRecord(db).HandleAsync(record);
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
            var added = await scope.ServiceProvider.GetRequiredService<AddUser>().HandleAsync(
                new AddUserRequest(SecondBody.SecretariatEmail, "Secretariat of the Conference", AccessRole.Secretariat, SecondBody.Slug, null, null, SecondBody.Password));
            Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        }
        var api = Site.Api(await Site.TokenForAsync(SecondBody.SecretariatEmail));

        var response = await api.PostAsJsonAsync("/api/v1/bodies/cosp/meetings/10/documents/report/issue", new { dateOfIssue = "2023-12-15" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains(symbol, problem);
        Assert.Contains("register of the Expert Group", problem);
    }

    [SkippableFact]
    public async Task AnImport_ListingASymbolOfAnotherBodysSeries_IsRefusedNamingItAsThePagesDo_AndWritesNothing()
    {
        var record = SecondBody.Record.Replace("""
              ]
            }
            """.Replace("\r", ""), """
              ],
              "documents": [
                { "symbol": "CAC/COSP/2023/INF/1", "title": "Information for participants", "type": "informationDocument", "meeting": 10, "languages": ["en"] },
                { "symbol": "UNODC/CCPCJ/EG.4/2021/1", "title": "Provisional agenda", "type": "provisionalAgenda", "meeting": 10, "languages": ["en"] }
              ]
            }
            """);
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/1", record);
        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();

        var imported = await new ImportRecord(db).HandleAsync(record);

        Assert.False(imported.Succeeded);
        var error = Assert.Single(imported.Errors);
        Assert.Equal("$.documents[1].symbol", error.Path);
        Assert.Contains("The symbol UNODC/CCPCJ/EG.4/2021/1 is in the series UNODC/CCPCJ/EG.4 of the Expert Group: only the Expert Group registers documents under it.", error.Message);
        Assert.False(await db.Bodies.AnyAsync(b => b.Slug == SecondBody.Slug));
    }

    [SkippableFact]
    public async Task AnImport_MayListItsParentsDocuments()
    {
        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var record = System.Text.Json.Nodes.JsonNode.Parse((await new ExportRecord(db).HandleAsync("eg-cybercrime"))!)!;
        record["documents"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse(
            """{ "symbol": "E/CN.15/2021/CRP.9", "title": "Note by the Secretariat", "type": "conferenceRoomPaper", "languages": ["en"] }"""));

        var imported = await new ImportRecord(db).HandleAsync(record.ToJsonString());

        Assert.Equal(ImportOutcome.Updated, imported.Outcome);
        Assert.True(await db.Documents.AnyAsync(d => d.Symbol == "E/CN.15/2021/CRP.9"));
    }
}

public sealed class SqliteSymbolOwnershipTests : SymbolOwnershipTests;

public sealed class PostgresSymbolOwnershipTests : SymbolOwnershipTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
