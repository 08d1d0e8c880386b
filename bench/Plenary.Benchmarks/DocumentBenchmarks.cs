using BenchmarkDotNet.Attributes;
using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Records;

namespace Plenary.Benchmarks;

/// <summary>
/// Rendering the demo's documents, warm and in-process: the seventh meeting's annotated agenda and
/// the sixth meeting's report, each composed from the record and written to each format.
/// Budgets (README): agenda to DOCX under 20 ms, report to DOCX under 50 ms, HTML under 10 ms.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private MeetingDossier _seventh = null!;
    private MeetingDossier _sixth = null!;
    private OfficialDocument _agenda = null!;
    private OfficialDocument _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_seventh, _sixth) = (DemoDossiers.For(7), DemoDossiers.For(6));
        _agenda = AnnotatedAgendaComposer.Compose(_seventh, new IssueDetails("UNODC/CCPCJ/EG.4/2021/1", new DateOnly(2021, 2, 1)));
        _report = ReportComposer.Compose(_sixth, new IssueDetails("UNODC/CCPCJ/EG.4/2020/2", new DateOnly(2020, 7, 27)));
    }

    [Benchmark(Description = "Agenda: compose from the record")]
    public OfficialDocument ComposeAgenda() => AnnotatedAgendaComposer.Compose(_seventh, new IssueDetails("UNODC/CCPCJ/EG.4/2021/1", null));

    [Benchmark(Description = "Report: compose from the record")]
    public OfficialDocument ComposeReport() => ReportComposer.Compose(_sixth, new IssueDetails("UNODC/CCPCJ/EG.4/2020/2", null));

    [Benchmark(Description = "Agenda: compose + DOCX")]
    public int AgendaDocx() => DocxRenderer.Render(ComposeAgenda()).Length;

    [Benchmark(Description = "Report: compose + DOCX")]
    public int ReportDocx() => DocxRenderer.Render(ComposeReport()).Length;

    [Benchmark(Description = "Agenda: compose + HTML")]
    public int AgendaHtml() => HtmlRenderer.Render(ComposeAgenda()).Length;

    [Benchmark(Description = "Report: compose + HTML")]
    public int ReportHtml() => HtmlRenderer.Render(ComposeReport()).Length;

    [Benchmark(Description = "Agenda: compose + text")]
    public int AgendaText() => TextRenderer.Render(ComposeAgenda()).Length;

    [Benchmark(Description = "Report: compose + text")]
    public int ReportText() => TextRenderer.Render(ComposeReport()).Length;
}

/// <summary>PDF goes through LibreOffice in another process: seconds, not milliseconds, so few iterations.</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PdfBenchmarks
{
    private readonly PdfRenderer _pdf = new();
    private OfficialDocument _agenda = null!;
    private OfficialDocument _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _agenda = AnnotatedAgendaComposer.Compose(DemoDossiers.For(7), new IssueDetails("UNODC/CCPCJ/EG.4/2021/1", null));
        _report = ReportComposer.Compose(DemoDossiers.For(6), new IssueDetails("UNODC/CCPCJ/EG.4/2020/2", null));
    }

    [Benchmark(Description = "Agenda: DOCX to PDF (LibreOffice)")]
    public async Task<int> AgendaPdf() => (await _pdf.RenderAsync(_agenda)).Length;

    [Benchmark(Description = "Report: DOCX to PDF (LibreOffice)")]
    public async Task<int> ReportPdf() => (await _pdf.RenderAsync(_report)).Length;
}

/// <summary>The demo record built in memory (no store), and a meeting's dossier from it.</summary>
internal static class DemoDossiers
{
    private static readonly Lazy<BuiltRecord> Built = new(() =>
        new RecordBuilder().Build(RecordJson.Deserialize(File.ReadAllText(Repo.DemoRecord)))!);

    public static MeetingDossier For(int number) => new(Built.Value.Body, Built.Value.Meetings.Single(m => m.Number == number),
        Built.Value.Meetings.Where(m => m.Number < number).ToList(), Built.Value.Documents);
}

/// <summary>
/// The compilation of preliminary conclusions and recommendations (a conference room paper of the stocktaking convening),
/// with 500 texts: the demo's 78 and more in their pattern, spread over the three meetings and the workplan's topics.
/// Budget (README, issue 9): compose + DOCX under 200 ms.
/// </summary>
[MemoryDiagnoser]
public class CompilationBenchmarks
{
    private MeetingDossier _seventh = null!;

    [GlobalSetup]
    public void Setup()
    {
        var built = new RecordBuilder().Build(RecordJson.Deserialize(File.ReadAllText(Repo.DemoRecord)))!;
        var demo = built.Recommendations.Preliminary.Where(t => t.Status == Plenary.Domain.Recommendations.PreliminaryStatus.Listed).ToList();
        var texts = new List<Plenary.Domain.Recommendations.PreliminaryText>(demo);
        var next = new Dictionary<(int, string), int>();
        foreach (var t in demo) next[(t.MeetingNumber, t.TopicCode)] = Math.Max(next.GetValueOrDefault((t.MeetingNumber, t.TopicCode)), t.Number);
        for (var i = 0; texts.Count < 500; i++)
        {
            var model = demo[i % demo.Count];
            var meeting = built.Meetings.Single(m => m.Number == model.MeetingNumber);
            var n = next[(model.MeetingNumber, model.TopicCode)] += 1;
            texts.Add(Plenary.Domain.Recommendations.PreliminaryText.Restore(built.Body, meeting,
                Plenary.Domain.Recommendations.PreliminaryText.Compose(model.Year, model.TopicCode, n), model.Topic, model.AgendaItem, model.Kind,
                model.Text, model.SuggestedBy, model.RecordedAt, model.Language));
        }
        var seventh = built.Meetings.Single(m => m.Number == 7);
        _seventh = new MeetingDossier(built.Body, seventh, MeetingDossier.Earlier(built.Meetings, seventh), built.Documents) { PreliminaryTexts = texts };
    }

    private OfficialDocument Compose() => Plenary.Application.Recommendations.CompilationComposer.Compose(_seventh, new IssueDetails("UNODC/CCPCJ/EG.4/2021/CRP.1", new DateOnly(2021, 3, 5)));

    [Benchmark(Description = "Compilation of 500 texts: compose + DOCX")]
    public int CompilationDocx() => DocxRenderer.Render(Compose()).Length;

    [Benchmark(Description = "Compilation of 500 texts: compose + HTML")]
    public int CompilationHtml() => HtmlRenderer.Render(Compose()).Length;
}
