using JobSharp.Cli;
using SeedJobs;

return await new JobSharpApp().AddRange(SeedJobDefinitions.All).RunAsync(args);
