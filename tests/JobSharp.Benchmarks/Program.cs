using BenchmarkDotNet.Running;
using JobSharp.Benchmarks;

// Runs the benchmarks named on the command line (BenchmarkDotNet's switcher), for example:
//   dotnet run -c Release --project tests/JobSharp.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(args);
