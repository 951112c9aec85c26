using JobSharp.Rendering;
using MoreJobs;

Console.Out.Write(ManifestRenderer.ToYaml(MoreJobDefinitions.All.Select(MoreJobDefinitions.Build)));
