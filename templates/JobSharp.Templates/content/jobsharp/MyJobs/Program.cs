using JobSharp.Cli;
using MyJobs;

// dotnet run --project MyJobs -- render -o deploy           writes deploy/<namespace>/<name>.<kind>.yaml
// dotnet run --project MyJobs -- render -o deploy --check   what CI runs: exit 1 when deploy/ differs from the code
// dotnet run --project MyJobs -- validate | lint | explain | apply --wait | --help
return await new JobSharpApp().AddRange(Jobs.All).RunAsync(args);
