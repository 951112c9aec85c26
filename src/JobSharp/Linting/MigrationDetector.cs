using System.Text.RegularExpressions;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp.Linting;

/// <summary>Recognises a Job that migrates a database schema, by its name, commands, arguments or images.</summary>
internal static partial class MigrationDetector
{
    /// <summary>What made the Job look like a migration, such as <c>name "db-migration"</c>; null when nothing did.</summary>
    public static string? Evidence(string jobName, V1PodSpec? pod)
    {
        if (Pattern().IsMatch(jobName))
        {
            return $"name \"{EchoText.Of(jobName)}\"";
        }

        foreach (var container in (pod?.InitContainers ?? []).Concat(pod?.Containers ?? []))
        {
            var text = string.Join(' ', (container.Command ?? []).Concat(container.Args ?? []));
            if (Pattern().Match(text) is { Success: true } command)
            {
                return $"container \"{container.Name}\" command ({command.Value.Trim()})";
            }

            if (container.Image is { } image && Pattern().Match(image) is { Success: true } inImage)
            {
                return $"container \"{container.Name}\" image ({inImage.Value.Trim()})";
            }
        }

        return null;
    }

    [GeneratedRegex(@"migrat|flyway|liquibase|alembic|\bgoose\b|dbmate|sqitch|ef\s+database\s+update", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
