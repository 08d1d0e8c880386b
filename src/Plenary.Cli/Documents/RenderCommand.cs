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
        var fresh = new Option<bool>("--fresh") { Description = "Compose the document even when the record has not changed since the same render (otherwise that render's output is written again from the cache, which the record's version keeps current)." };
        var date = new Option<string?>("--date") { Description = "The date of issue, YYYY-MM-DD. Without it: the date the register holds for the document, else today while the convening has not ended; a past convening's document needs it." };
        var command = new Command("render",
            "Generate a meeting's official document from the record and issue it: the document is registered under its symbol (a later issue with changed content keeps the symbol and records the next version). Facts the record lacks appear as bracketed placeholders and are listed.")
        {
            kind, body, meeting, format, output, revised, corrigendum, symbol, date, fresh,
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

            var o = parse.InvocationConfiguration.Output;
            // A plain issue of a record unchanged since the same render is answered from what that render wrote.
            var cache = issueAs == IssueAs.Issue ? RenderCache.For(CliStore.Resolve(parse), parse.GetValue(fresh)) : null;
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            string[] rendering = [documentKind.ToString(), slug, number.ToString(inv), outputFormat.ToString(), parse.GetValue(symbol) ?? "",
                dateOfIssue?.ToString("O", inv) ?? "today " + DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).ToString("O", inv)];
            // The file, then what the render says: its sentence, where it wrote, the facts the record lacks.
            async Task WriteAsync(string fileName, byte[] content, IReadOnlyList<string> lines)
            {
                folder.Create();
                var path = Path.Combine(folder.FullName, fileName);
                await File.WriteAllBytesAsync(path, content, ct);
                await o.WriteLineAsync(lines[0]);
                await o.WriteLineAsync($"Wrote {path}");
                foreach (var line in lines.Skip(1)) await o.WriteLineAsync(line);
            }

            var key = cache is null ? null : await cache.KeyAsync(rendering, ct);
            if (key is not null && cache!.Find(key) is { } kept)
            {
                await WriteAsync(kept.FileName, kept.Content, kept.Lines);
                return ExitCodes.Ok;
            }

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
            var fileName = DocumentFormats.FileName(generated.Symbol, file.Extension);
            List<string> lines = [OfficialDocuments.IssueSentence(generated, issueAs)];
            if (generated.Document.MissingFacts.Count > 0)
            {
                lines.Add($"The record lacks {generated.Document.MissingFacts.Count} fact(s); the document shows them as [...]:");
                lines.AddRange(generated.Document.MissingFacts.Select(fact => $"  - {fact.Description} (record it at {fact.WhereRecorded})"));
            }
            await WriteAsync(fileName, file.Content, lines);
            // Kept only when this render wrote nothing to the record: the key's version is still the record's.
            if (key is not null && generated.Outcome == IssueOutcome.Unchanged && await cache!.KeyAsync(rendering, ct) == key)
                cache.Keep(key, new RenderCache.Entry(fileName, file.Content, lines));
            return ExitCodes.Ok;
        });
        return command;
    }
}
