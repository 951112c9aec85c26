using JobSharp.Cli;

// System.CommandLine turns Ctrl+C and SIGTERM into cancellation of the running verb.
return await ToolCommandLine.RunAsync(args, Console.Out, Console.Error, () => Console.In, CancellationToken.None);
