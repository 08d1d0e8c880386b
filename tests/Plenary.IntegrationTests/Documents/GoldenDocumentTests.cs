using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Records;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>
/// The plain-text reading of the demo's documents, compared with files reviewed by eye against the
/// seeds (Golden/). After a deliberate change, run with PLENARY_UPDATE_GOLDEN=1, read the diff, commit.
/// </summary>
public sealed class GoldenDocumentTests : DemoStoreTests
{
    [Theory]
    [InlineData(OfficialDocumentKind.Agenda, 7, "agenda-7.txt")]
    [InlineData(OfficialDocumentKind.Report, 6, "report-6.txt")]
    [InlineData(OfficialDocumentKind.Participants, 6, "participants-6.txt")]
    public async Task PlainText_OfTheDemoDocuments_MatchesTheReviewedGoldenFile(OfficialDocumentKind kind, int meeting, string golden)
    {
        await using var db = Store.Store.CreateContext();
        var generated = await new OfficialDocuments(db, TimeProvider.System).PreviewAsync("eg-cybercrime", meeting, kind);
        var text = TextRenderer.Render(generated!.Document).ReplaceLineEndings("\n");

        var path = Path.Combine(RepoPaths.Root, "tests", "Plenary.IntegrationTests", "Documents", "Golden", golden);
        if (Environment.GetEnvironmentVariable("PLENARY_UPDATE_GOLDEN") == "1")
            await File.WriteAllTextAsync(path, text);
        Assert.True(File.Exists(path), $"No golden file {path}; run once with PLENARY_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal((await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"), text);
    }
}
