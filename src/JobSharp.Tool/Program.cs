using JobSharp.Cli;

// UTF-8 in and out whatever the locale's charset; standard input is read as bytes, as strictly as a file.
// Ctrl+C and SIGTERM cancel the running verb, which ends with "cancelled" and exit 130 (see Interruption).
using var output = StandardStreams.Output();
using var error = StandardStreams.Error();
return await ToolCommandLine.RunAsync(args, output, error, StandardStreams.Input, CancellationToken.None);
