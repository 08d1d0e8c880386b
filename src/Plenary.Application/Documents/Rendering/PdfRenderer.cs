using System.ComponentModel;
using System.Diagnostics;
using Plenary.Application.Documents.Model;

namespace Plenary.Application.Documents.Rendering;

/// <summary>
/// PDF through LibreOffice: the document is rendered to DOCX by <see cref="DocxRenderer"/> and
/// converted by <c>soffice --headless</c>, so the PDF and the Word file look the same. Times New
/// Roman is set in the DOCX; LibreOffice takes the metric-compatible Liberation Serif where Times
/// is not installed, and embeds the fonts. Each call uses its own temporary directory and
/// LibreOffice profile, so calls may run in parallel; the directory is always deleted.
/// </summary>
public sealed class PdfRenderer(string? sofficePath = null, TimeSpan? timeout = null)
{
    public const string MissingEngineMessage = "PDF output needs LibreOffice: install it with `apt-get install libreoffice-writer`.";

    private static readonly string[] Names = OperatingSystem.IsWindows() ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];

    private static readonly string[] WellKnownPaths =
    [
        "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        @"C:\Program Files\LibreOffice\program\soffice.exe",
    ];

    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(120);

    /// <summary>Whether the LibreOffice executable is there to convert with.</summary>
    public bool IsAvailable => Executable() is not null;

    public async Task<byte[]> RenderAsync(OfficialDocument document, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var executable = Executable() ?? throw new PdfEngineMissingException(MissingEngineMessage);
        var docx = DocxRenderer.Render(document);

        var directory = Directory.CreateTempSubdirectory("plenary-pdf-").FullName;
        try
        {
            var input = Path.Combine(directory, "document.docx");
            await File.WriteAllBytesAsync(input, docx, ct).ConfigureAwait(false);
            var (exitCode, stdout, stderr) = await RunAsync(executable, directory, input, ct).ConfigureAwait(false);

            var output = Path.Combine(directory, "document.pdf");
            if (exitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
                throw new InvalidOperationException(
                    $"LibreOffice could not convert the document to PDF (exit code {exitCode}): {Describe(stderr, stdout)}");
            return await File.ReadAllBytesAsync(output, ct).ConfigureAwait(false);
        }
        finally
        {
            DeleteQuietly(directory);
        }
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string executable, string directory, string input, CancellationToken ct)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                     $"-env:UserInstallation={new Uri(Path.Combine(directory, "profile")).AbsoluteUri}",
                     "--convert-to", "pdf:writer_pdf_Export", "--outdir", directory, input,
                 })
            start.ArgumentList.Add(argument);
        // LibreOffice wants a home to write to; a service account may have none.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HOME"))) start.Environment["HOME"] = directory;

        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start()) throw new PdfEngineMissingException(MissingEngineMessage);
        }
        catch (Win32Exception)
        {
            // The file is there but cannot be run (removed meanwhile, not executable).
            throw new PdfEngineMissingException(MissingEngineMessage);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            Task drained = Task.WhenAll(stdout, stderr);
            await drained.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException(
                $"LibreOffice did not convert the document to PDF within {_timeout.TotalSeconds:0} s and was stopped.",
                new TimeoutException());
        }
        return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    private string? Executable()
    {
        if (sofficePath is not null) return File.Exists(sofficePath) ? sofficePath : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(directory.Trim('"'), name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return WellKnownPaths.FirstOrDefault(File.Exists);
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
        catch (Win32Exception)
        {
            // It could not be stopped; nothing more to do here.
        }
    }

    private static string Describe(string stderr, string stdout)
    {
        var message = string.IsNullOrWhiteSpace(stderr) ? stdout : stderr;
        message = message.Trim();
        if (message.Length == 0) return "it wrote no PDF and gave no message.";
        return message.Length > 4000 ? message[..4000] + "…" : message;
    }

    private static void DeleteQuietly(string directory)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}

/// <summary>The PDF engine (LibreOffice) is not installed; the message says how to install it.</summary>
public sealed class PdfEngineMissingException(string message) : Exception(message);
