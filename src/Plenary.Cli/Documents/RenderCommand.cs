using System.CommandLine;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Domain;
using Plenary.Domain.Documents;

namespace Plenary.Cli.Documents;

/// <summary>plenary render: generate a meeting's official document from the record and issue it.</summary>
public static class RenderCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("KIND") { Description = "agenda (the annotated provisional agenda), report (the report on the meeting), compilation (the stocktaking convening's compilation of preliminary conclusions and recommendations, a conference room paper), participants (the provisional list of participants) or adopted (the stocktaking convening's list of adopted conclusions and recommendations, with their sources in an annex)." };
        var body = new Option<string>("--body") { Description = "The body's slug, e.g. eg-cybercrime.", Required = true };
        var meeting = new Option<int>("--meeting") { Description = "The meeting's number, e.g. 7.", Required = true };
        var format = new Option<string>("--format") { Description = $"The output: {DocumentFormats.Names}.", DefaultValueFactory = _ => "docx" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "The folder to write into (default: the current folder)." };
        var revised = new Option<bool>("--revised") { Description = "Issue a revision (/Rev.N) instead of a new version under the same symbol. On content unchanged since the last issue nothing is issued: the command says so and exits with 3." };
        var corrigendum = new Option<bool>("--corrigendum") { Description = "Issue a corrigendum (/Corr.N) of the latest text (the original or its latest revision). On unchanged content nothing is issued: exit code 3." };
        var symbol = new Option<string?>("--symbol") { Description = "The symbol for a first issue, instead of the one proposed from the body's symbol pattern and the register (an original's symbol: revisions and corrigenda take theirs from it)." };
        var date = new Option<string?>("--date") { Description = "The date of issue, YYYY-MM-DD. Without it: the date the register holds for the document, else today while the convening has not ended; a past convening's document needs it." };
        var command = new Command("render",
            "Generate a meeting's official document from the record and issue it: the document is registered under its symbol (a later issue with changed content keeps the symbol and records the next version). Facts the record lacks appear as bracketed placeholders and are listed.")
        {
            kind, body, meeting, format, output, revised, corrigendum, symbol, date,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!OfficialDocuments.TryParseKind(parse.GetValue(kind), out var documentKind))
                throw new CliException($"'{parse.GetValue(kind)}' is not a document Plenary generates; use agenda, report, compilation, participants or adopted.", ExitCodes.BadInput);
            if (!DocumentFormats.TryParseFormat(parse.GetValue(format), out var outputFormat))
                throw new CliException($"--format '{parse.GetValue(format)}' is not a format; use one of {DocumentFormats.Names}.", ExitCodes.BadInput);
            var folder = parse.GetValue(output) ?? new DirectoryInfo(Directory.GetCurrentDirectory());
            var slug = parse.GetValue(body)!;
            var number = parse.GetValue(meeting);
            DateOnly? dateOfIssue = null;
            if (parse.GetValue(date) is { } dateText)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                    throw new CliException($"--date '{dateText}' is not a date written YYYY-MM-DD, such as 2022-08-29.", ExitCodes.BadInput);
                dateOfIssue = parsed;
            }

            if (parse.GetValue(revised) && parse.GetValue(corrigendum))
                throw new CliException("--revised and --corrigendum ask for two different issues; give one of them.", ExitCodes.BadInput);
            var issueAs = parse.GetValue(corrigendum) ? IssueAs.Corrigendum : parse.GetValue(revised) ? IssueAs.Revision : IssueAs.Issue;

            await using var db = await CliStore.OpenAsync(parse, ct);
            GeneratedDocument generated;
            try
            {
                generated = await new OfficialDocuments(db, TimeProvider.System).IssueAsync(slug, number, documentKind, new IssueRequest(issueAs, dateOfIssue, parse.GetValue(symbol)), ct)
                    ?? throw new CliException($"There is no convening {number} of a body '{slug}' in the store.", ExitCodes.BadInput);
            }
            catch (DomainException e)
            {
                throw new CliException(e.Message, ExitCodes.BadInput);
            }

            var o = parse.InvocationConfiguration.Output;
            if (generated.Outcome == IssueOutcome.Unchanged && issueAs != IssueAs.Issue)
            {
                // Nothing was issued and no file is written: the sentence says why, the exit code lets a script tell.
                await o.WriteLineAsync(OfficialDocuments.IssueSentence(generated, issueAs));
                return ExitCodes.NothingChanged;
            }

            RenderedFile file;
            try
            {
                file = await new DocumentFormats(new PdfRenderer(), keep: 0).RenderAsync(generated.Document, outputFormat, ct);
            }
            catch (PdfEngineMissingException e)
            {
                throw new CliException(e.Message, ExitCodes.Failure);
            }
            folder.Create();
            var path = Path.Combine(folder.FullName, DocumentFormats.FileName(generated.Symbol, file.Extension));
            await File.WriteAllBytesAsync(path, file.Content, ct);

            await o.WriteLineAsync(OfficialDocuments.IssueSentence(generated, issueAs));
            await o.WriteLineAsync($"Wrote {path}");
            if (generated.Document.MissingFacts.Count > 0)
            {
                await o.WriteLineAsync($"The record lacks {generated.Document.MissingFacts.Count} fact(s); the document shows them as [...]:");
                foreach (var fact in generated.Document.MissingFacts) await o.WriteLineAsync($"  - {fact.Description} (record it at {fact.WhereRecorded})");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
