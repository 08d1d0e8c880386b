using Plenary.Cli;

return await CliRunner.RunAsync(PlenaryCli.Build(), args);
