using System.CommandLine;

namespace Plenary.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Failure = 2;
    /// <summary>A revision or corrigendum asked for on content that has not changed: nothing was issued (plenary render).</summary>
    public const int NothingChanged = 3;
}

/// <summary>Runs the command tree and turns anything unexpected into exit code 2 with a plain message.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var config = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors) await config.Error.WriteLineAsync(e.Message);
                await config.Error.WriteLineAsync("Run 'plenary --help' to see the commands and their options.");
                return ExitCodes.BadInput;
            }
            return await parse.InvokeAsync(config);
        }
        catch (CliException e)
        {
            await config.Error.WriteLineAsync(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await config.Error.WriteLineAsync($"plenary failed: {e.GetBaseException().Message}");
            return ExitCodes.Failure;
        }
    }
}

/// <summary>A failure the user can act on, with the exit code that goes with it.</summary>
public sealed class CliException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
