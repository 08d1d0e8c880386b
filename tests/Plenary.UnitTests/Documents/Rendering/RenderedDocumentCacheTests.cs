using Plenary.Application.Documents.Rendering;

namespace Plenary.UnitTests.Documents.Rendering;

public class RenderedDocumentCacheTests
{
    [Theory]
    [InlineData(OutputFormat.Docx)]
    [InlineData(OutputFormat.Html)]
    [InlineData(OutputFormat.Txt)]
    public async Task ADocumentWithTheSameContent_IsRenderedOnce(OutputFormat format)
    {
        var formats = new DocumentFormats(new PdfRenderer());
        var first = await formats.RenderAsync(DocxSamples.Full(), format);
        var again = await formats.RenderAsync(DocxSamples.Full(), format); // composed afresh, same content
        Assert.Same(first.Content, again.Content);
    }

    [Fact]
    public async Task ADocumentWhoseContentChanged_IsRenderedAgain()
    {
        var formats = new DocumentFormats(new PdfRenderer());
        var before = await formats.RenderAsync(DocxSamples.Full(), OutputFormat.Docx);
        var changed = DocxSamples.Full() with { Title = "Report of the Expert Group on its seventh meeting" };
        var after = await formats.RenderAsync(changed, OutputFormat.Docx);
        Assert.NotSame(before.Content, after.Content);
        var reissued = DocxSamples.Full() with { Masthead = DocxSamples.Full().Masthead with { DateOfIssue = "28 July 2020" } };
        Assert.NotSame(before.Content, (await formats.RenderAsync(reissued, OutputFormat.Docx)).Content);
    }

    [Fact]
    public async Task NoMoreThanTheDocumentsAskedForAreKept()
    {
        var formats = new DocumentFormats(new PdfRenderer(), keep: 2);
        var first = await formats.RenderAsync(DocxSamples.Full(), OutputFormat.Txt);
        for (var i = 0; i < 3; i++) await formats.RenderAsync(DocxSamples.Full() with { Title = $"Title {i}" }, OutputFormat.Txt);
        Assert.NotSame(first.Content, (await formats.RenderAsync(DocxSamples.Full(), OutputFormat.Txt)).Content);
    }
}
