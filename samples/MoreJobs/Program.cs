using JobSharp.Cli;
using MoreJobs;

return await new JobSharpApp().AddRange(MoreJobDefinitions.All).RunAsync(args);
