using JobSharp.Cli;

// UTF-8 in and out whatever the locale's charset; standard input is read as bytes, as strictly as a file.
// System.CommandLine turns Ctrl+C and SIGTERM into cancellation of the running verb.
using var output = StandardStreams.Output();
using var error = StandardStreams.Error();
return await ToolCommandLine.RunAsync(args, output, error, StandardStreams.Input, CancellationToken.None);
