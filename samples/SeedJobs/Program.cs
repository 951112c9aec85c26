using JobSharp.Rendering;
using SeedJobs;

Console.Out.Write(ManifestRenderer.ToYaml(SeedJobDefinitions.All.Select(j => j.Build())));
