using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Domain.Documents;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>A large register is read a page at a time, in the order of symbols, filters kept from page to page.</summary>
public abstract class RegisterPagingTests : FreshSiteTests
{
    private const string Register = "/bodies/eg-cybercrime/documents";

    private async Task<int> AddDocumentsAsync(int count)
    {
        var store = Site.Services.GetRequiredService<PlenaryStore>();
        await using var db = store.CreateContext();
        var body = await db.Bodies.SingleAsync(b => b.Slug == "eg-cybercrime");
        for (var i = 1; i <= count; i++)
            db.Documents.Add(Document.Register(body.Id, 6, $"UNODC/CCPCJ/EG.4/2020/INF/{i + 1}", $"Background paper {i}",
                DocumentType.InformationDocument, null, Distribution.General, "en", ["en"]));
        await db.SaveChangesAsync();
        return await db.Documents.CountAsync(d => d.BodyId == body.Id);
    }

    [SkippableFact]
    public async Task ALargeRegister_IsShownAHundredDocumentsAPage_InTheOrderOfSymbols()
    {
        var total = await AddDocumentsAsync(230);
        var reader = Anonymous();

        var first = await ParseAsync(reader, Register);
        Assert.Equal(100, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains($"Documents 1–100 of {total:N0}", first.QuerySelector("p[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Register + "?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var last = await ParseAsync(reader, Register + "?page=3");
        Assert.Equal(total - 200, last.QuerySelectorAll("tbody tr").Length);
        Assert.Null(last.QuerySelector("a[rel=next]"));
        var symbols = new List<string>();
        for (var page = 1; page <= 3; page++)
            symbols.AddRange((await ParseAsync(reader, $"{Register}?page={page}")).QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal(total, symbols.Distinct().Count());
        // INF/2, INF/3 ... INF/10, INF/11: the serial counts as a number, not as text.
        Assert.True(symbols.IndexOf("UNODC/CCPCJ/EG.4/2020/INF/9") < symbols.IndexOf("UNODC/CCPCJ/EG.4/2020/INF/10"));
    }

    [SkippableFact]
    public async Task APageThatCannotBeRead_IsTheFirst_AndOnePastTheLastIsTheLast_WithTheFiltersKept()
    {
        await AddDocumentsAsync(150);
        var reader = Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(Register + "?page=x")).StatusCode);
        Assert.Contains("Documents 1–100", (await ParseAsync(reader, Register + "?page=x")).QuerySelector("p[role=status]")!.TextContent, StringComparison.Ordinal);
        var past = await ParseAsync(reader, Register + "?meeting=6&type=InformationDocument&page=99");
        Assert.Contains("Page 2 of 2", past.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Register + "?meeting=6&type=InformationDocument", past.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }
}

public sealed class SqliteRegisterPagingTests : RegisterPagingTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresRegisterPagingTests : RegisterPagingTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
